/**
 * Realistic Danish job ads as schema.org JobPostings, deterministic from a seed: the demo data and
 * the benchmark's 50,000 ads come from here (`node dist/apps/api/main.js job-ads:generate`).
 */

interface Template {
  occupation: string;
  titles: string[];
  employers: string[];
  skills: string[];
  partTime: number;
  intro: string;
}

const TEMPLATES: Template[] = [
  {
    occupation: '4311',
    titles: ['Bogholder', 'Bogholderiassistent', 'Regnskabsassistent'],
    employers: [
      'Jysk Revision',
      'Nordlys Logistik A/S',
      'BDO Statsautoriseret revisionsaktieselskab',
      'Aarhus Kommune',
      'Rudersdal Kommune',
    ],
    skills: ['bookkeeping', 'office-software', 'excel-advanced', 'payroll'],
    partTime: 0.2,
    intro: 'Du får ansvaret for den daglige bogføring, afstemninger og betalinger.',
  },
  {
    occupation: '3313',
    titles: ['Regnskabsmedarbejder', 'Økonomimedarbejder'],
    employers: ['Danske Fragtmænd', 'Region Midtjylland', 'Salling Group', 'Novo Nordisk'],
    skills: ['bookkeeping', 'excel-advanced', 'payroll', 'data-analysis'],
    partTime: 0.1,
    intro: 'Du bliver en del af økonomiteamet og arbejder med månedsafslutning og rapportering.',
  },
  {
    occupation: '4110',
    titles: ['Kontorassistent', 'Administrativ medarbejder'],
    employers: ['Aarhus Kommune', 'Gentofte Kommune', 'Advokatfirmaet Holm', 'Boligforeningen Ringgården'],
    skills: ['office-software', 'customer-service', 'communication', 'case-processing'],
    partTime: 0.3,
    intro: 'Du løser varierede administrative opgaver og er første kontakt for borgere og kunder.',
  },
  {
    occupation: '4222',
    titles: ['Kundeservicemedarbejder', 'Medarbejder til kundecenter'],
    employers: ['Telia Danmark', 'Arla Foods', 'TDC Erhverv', 'Forsikringsselskabet Tryg'],
    skills: ['customer-service', 'communication', 'office-software', 'english'],
    partTime: 0.4,
    intro: 'Du hjælper vores kunder på telefon, chat og mail.',
  },
  {
    occupation: '9333',
    titles: ['Lagermedarbejder', 'Lagerarbejder', 'Pakkemedarbejder'],
    employers: ['Salling Group', 'PostNord', 'Nordlys Logistik A/S', 'DSV', 'Bilka Lager'],
    skills: ['warehouse', 'forklift', 'logistics'],
    partTime: 0.3,
    intro: 'Du plukker, pakker og klargør varer til levering i et travlt lager.',
  },
  {
    occupation: '4321',
    titles: ['Lagerekspedient', 'Lagerkoordinator'],
    employers: ['Bauhaus', 'Jem & Fix', 'Harald Nyborg', 'Coop Danmark'],
    skills: ['warehouse', 'logistics', 'office-software', 'purchasing'],
    partTime: 0.2,
    intro: 'Du styrer varemodtagelse, lagerregistrering og forsendelser.',
  },
  {
    occupation: '8322',
    titles: ['Chauffør', 'Varebilschauffør', 'Budchauffør'],
    employers: ['PostNord', 'GLS Denmark', 'Dansk Retursystem', 'Nordlys Logistik A/S'],
    skills: ['delivery', 'logistics', 'customer-service'],
    partTime: 0.3,
    intro: 'Du kører faste ruter og leverer varer til butikker og private.',
  },
  {
    occupation: '8332',
    titles: ['Lastbilchauffør', 'Chauffør CE'],
    employers: ['DSV', 'Danske Fragtmænd', 'H.P. Therkelsen'],
    skills: ['truck-driving', 'logistics', 'delivery'],
    partTime: 0.05,
    intro: 'Du kører nationalt med sættevogn og har ansvar for last og papirer.',
  },
  {
    occupation: '5322',
    titles: ['Social- og sundhedshjælper', 'SOSU-hjælper til hjemmeplejen'],
    employers: ['Rudersdal Kommune', 'Aarhus Kommune', 'Lyngby-Taarbæk Kommune', 'Hørsholm Kommune', 'Furesø Kommune'],
    skills: ['elder-care', 'personal-care', 'first-aid'],
    partTime: 0.5,
    intro: 'Du yder personlig og praktisk hjælp til borgere i eget hjem.',
  },
  {
    occupation: '5321',
    titles: ['Social- og sundhedsassistent', 'SOSU-assistent'],
    employers: ['Region Hovedstaden', 'Region Midtjylland', 'Rudersdal Kommune', 'Aarhus Kommune'],
    skills: ['elder-care', 'medication', 'personal-care', 'first-aid'],
    partTime: 0.4,
    intro: 'Du arbejder med pleje, medicin og sygdomsforebyggelse på et plejecenter.',
  },
  {
    occupation: '2221',
    titles: ['Sygeplejerske', 'Sygeplejerske til akutmodtagelsen', 'Hjemmesygeplejerske'],
    employers: ['Aarhus Universitetshospital', 'Rigshospitalet', 'Herlev og Gentofte Hospital', 'Rudersdal Kommune'],
    skills: ['medication', 'first-aid', 'elder-care', 'communication'],
    partTime: 0.3,
    intro: 'Du bliver en del af et fagligt stærkt team med fokus på patientsikkerhed.',
  },
  {
    occupation: '7411',
    titles: ['Elektriker', 'Servicetekniker (el)', 'Elektriker til byggeri'],
    employers: ['Bravida', 'Kemp & Lauritzen', 'Dansk Elteknik', 'Andel Energi'],
    skills: ['electrical', 'assembly', 'quality-control'],
    partTime: 0.02,
    intro: 'Du laver installationer og service hos erhvervskunder og private.',
  },
  {
    occupation: '7126',
    titles: ['VVS-montør', 'VVS-tekniker'],
    employers: ['Kemp & Lauritzen', 'Bravida', 'Brdr. Dahl VVS'],
    skills: ['plumbing', 'assembly', 'welding'],
    partTime: 0.02,
    intro: 'Du udfører VVS-arbejde i nybyggeri og renovering.',
  },
  {
    occupation: '7115',
    titles: ['Tømrer', 'Tømrer til renovering'],
    employers: ['NCC Danmark', 'MT Højgaard', 'Lokal Tømrerfirma ApS'],
    skills: ['carpentry', 'assembly'],
    partTime: 0.02,
    intro: 'Du arbejder med tag, vinduer og indvendig aptering.',
  },
  {
    occupation: '5120',
    titles: ['Kok', 'Køkkenmedarbejder', 'Kok til kantine'],
    employers: ['ISS Facility Services', 'Compass Group', 'Restaurant Havnehuset', 'Aarhus Kommune'],
    skills: ['cooking', 'food-hygiene'],
    partTime: 0.4,
    intro: 'Du laver mad fra bunden til frokost og arrangementer.',
  },
  {
    occupation: '5131',
    titles: ['Tjener', 'Serveringsmedarbejder'],
    employers: ['Restaurant Havnehuset', 'Hotel Scandic', 'Tivoli'],
    skills: ['serving', 'customer-service', 'english'],
    partTime: 0.6,
    intro: 'Du giver vores gæster en god oplevelse i restauranten.',
  },
  {
    occupation: '5223',
    titles: ['Butiksassistent', 'Salgsassistent', 'Butiksmedarbejder'],
    employers: ['Matas', 'Netto', 'Føtex', 'Magasin', 'Normal'],
    skills: ['sales', 'customer-service', 'cash-register'],
    partTime: 0.6,
    intro: 'Du hjælper kunderne, fylder varer op og betjener kassen.',
  },
  {
    occupation: '5230',
    titles: ['Kasseassistent', 'Kassemedarbejder'],
    employers: ['Netto', 'Rema 1000', 'Lidl Danmark'],
    skills: ['cash-register', 'customer-service'],
    partTime: 0.7,
    intro: 'Du betjener kassen og hjælper kunderne hurtigt videre.',
  },
  {
    occupation: '9112',
    titles: ['Rengøringsassistent', 'Servicemedarbejder (rengøring)'],
    employers: ['ISS Facility Services', 'Elite Miljø', 'Aarhus Kommune'],
    skills: ['cleaning', 'cleaning-machines'],
    partTime: 0.6,
    intro: 'Du gør rent på kontorer og skoler i dagtimerne.',
  },
  {
    occupation: '2512',
    titles: ['Softwareudvikler', 'Backend-udvikler', 'Webudvikler'],
    employers: ['Netcompany', 'Systematic', 'KMD', 'Trifork'],
    skills: ['programming', 'web-development', 'english', 'data-analysis'],
    partTime: 0.03,
    intro: 'Du udvikler digitale løsninger til den offentlige sektor.',
  },
  {
    occupation: '3512',
    titles: ['IT-supporter', 'IT-supportmedarbejder'],
    employers: ['Aarhus Kommune', 'Atea', 'Rudersdal Kommune'],
    skills: ['it-support', 'customer-service', 'office-software'],
    partTime: 0.1,
    intro: 'Du hjælper kolleger med pc, telefon og systemer.',
  },
  {
    occupation: '2342',
    titles: ['Pædagog', 'Pædagog til vuggestue'],
    employers: ['Aarhus Kommune', 'Rudersdal Kommune', 'Gentofte Kommune'],
    skills: ['childcare', 'communication', 'first-aid'],
    partTime: 0.3,
    intro: 'Du skaber trygge rammer for børn i en af vores institutioner.',
  },
  {
    occupation: '4226',
    titles: ['Receptionist', 'Receptionsmedarbejder'],
    employers: ['Hotel Scandic', 'Aarhus Universitet', 'Novo Nordisk'],
    skills: ['reception', 'customer-service', 'english', 'office-software'],
    partTime: 0.3,
    intro: 'Du byder velkommen og holder styr på besøgende og telefoner.',
  },
  {
    occupation: '5414',
    titles: ['Sikkerhedsvagt', 'Vagt'],
    employers: ['G4S', 'Securitas', 'Dansk Vagt & Sikring'],
    skills: ['security', 'customer-service', 'first-aid'],
    partTime: 0.3,
    intro: 'Du sikrer personer og værdier på vores kunders adresser.',
  },
  {
    occupation: '7231',
    titles: ['Automekaniker', 'Mekaniker'],
    employers: ['Semler Gruppen', 'Autohuset Vestergaard', 'Nellemann'],
    skills: ['mechanics', 'quality-control'],
    partTime: 0.02,
    intro: 'Du udfører service og reparationer på personbiler.',
  },
  {
    occupation: '6113',
    titles: ['Gartner', 'Anlægsgartner'],
    employers: ['Aarhus Kommune', 'Rudersdal Kommune', 'HedeDanmark'],
    skills: ['gardening', 'machine-operation'],
    partTime: 0.2,
    intro: 'Du passer parker, grønne områder og kirkegårde.',
  },
  {
    occupation: '9329',
    titles: ['Produktionsmedarbejder', 'Operatør i produktionen'],
    employers: ['Grundfos', 'Danfoss', 'Arla Foods', 'Vestas'],
    skills: ['machine-operation', 'assembly', 'quality-control'],
    partTime: 0.1,
    intro: 'Du betjener maskiner og sikrer kvaliteten i produktionen.',
  },
  {
    occupation: '2635',
    titles: ['Socialrådgiver', 'Rådgiver i jobcenter'],
    employers: ['Aarhus Kommune', 'Rudersdal Kommune', 'Københavns Kommune'],
    skills: ['case-processing', 'communication', 'law'],
    partTime: 0.15,
    intro: 'Du rådgiver borgere og træffer afgørelser efter serviceloven.',
  },
  {
    occupation: '3343',
    titles: ['Sekretær', 'Administrativ sekretær'],
    employers: ['Region Hovedstaden', 'Aarhus Universitet', 'Advokatfirmaet Holm'],
    skills: ['office-software', 'communication', 'events'],
    partTime: 0.3,
    intro: 'Du holder styr på kalendere, møder og korrespondance.',
  },
  {
    occupation: '2341',
    titles: ['Lærer', 'Folkeskolelærer'],
    employers: ['Aarhus Kommune', 'Rudersdal Kommune', 'Gentofte Kommune'],
    skills: ['teaching', 'communication'],
    partTime: 0.2,
    intro: 'Du underviser i dansk og engelsk på mellemtrinnet.',
  },
];

const GENERIC = [
  'Vi tilbyder en god arbejdsplads med engagerede kolleger og gode muligheder for efteruddannelse.',
  'Løn og ansættelsesvilkår efter gældende overenskomst.',
  'Vi ser gerne, at du har erfaring, men motivation vægter højt.',
  'Send din ansøgning hurtigst muligt – vi holder samtaler løbende.',
  'Arbejdstiden er primært i dagtimerne.',
];

/** Small, fast, deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedPlace {
  postalCode: string;
  locality: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Where the jobs are; picked uniformly. */
  places: GeneratedPlace[];
  /** Today (YYYY-MM-DD): ads are posted up to 20 days before and run 10–45 days after. */
  today: string;
  identifierPrefix?: string;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Occupation codes the generator uses (for benchmark profiles that should find something). */
export const GENERATED_OCCUPATIONS = TEMPLATES.map((t) => t.occupation);

export function generateJobPostings(options: GenerateOptions): Array<Record<string, unknown>> {
  const rnd = prng(options.seed ?? 42);
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < options.count; i++) {
    const t = pick(rnd, TEMPLATES);
    const place = pick(rnd, options.places);
    const title = pick(rnd, t.titles);
    const employer = pick(rnd, t.employers);
    const partTime = rnd() < t.partTime;
    const skills = t.skills.filter(() => rnd() < 0.65);
    const posted = addDays(options.today, -Math.floor(rnd() * 20));
    const hoursText = partTime ? `${20 + Math.floor(rnd() * 13)} timer om ugen` : '37 timer om ugen';
    const description = `<p><strong>${employer} søger ${title.toLowerCase()}</strong> i ${place.locality}.</p><p>${t.intro}</p><p>${pick(rnd, GENERIC)} ${pick(rnd, GENERIC)}</p>`;
    out.push({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: `${options.identifierPrefix ?? 'demo'}-${String(i + 1).padStart(6, '0')}`,
      title,
      description,
      datePosted: posted,
      validThrough: addDays(options.today, 10 + Math.floor(rnd() * 35)),
      employmentType: partTime ? ['PART_TIME'] : rnd() < 0.15 ? ['FULL_TIME', 'TEMPORARY'] : ['FULL_TIME'],
      hiringOrganization: { '@type': 'Organization', name: employer },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          postalCode: place.postalCode,
          addressLocality: place.locality,
          addressCountry: 'DK',
        },
      },
      occupationalCategory: { '@type': 'CategoryCode', codeValue: t.occupation, inCodeSet: 'ISCO-08' },
      skills,
      workHours: hoursText,
      ...(rnd() < 0.5
        ? {
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: 'DKK',
              value: {
                '@type': 'QuantitativeValue',
                minValue: 26000 + Math.floor(rnd() * 10) * 1000,
                maxValue: 38000 + Math.floor(rnd() * 10) * 1000,
                unitText: 'MONTH',
              },
            },
          }
        : {}),
      url: `https://job.example.dk/${options.identifierPrefix ?? 'demo'}/${i + 1}`,
      ...(t.occupation === '2512' && rnd() < 0.4 ? { inLanguage: 'en' } : {}),
    });
  }
  return out;
}
