import { inCopenhagen, isoWeekday } from '@jobunivers/api/time';
import PDFDocument from 'pdfkit';

/** What a call-in letter says; every text in it comes from here (no CPR number: the envelope carries that). */
export interface CallInLetter {
  unitName: string;
  citizenName: string;
  meetingKind: 'visitation' | 'job_meeting';
  form: 'in_person' | 'video' | 'phone';
  startsAt: string;
  endsAt: string;
  address: string | null;
  videoUrl: string | null;
  phoneNumber: string | null;
  topic: string | null;
  /** A moved call-in: the letter says it replaces the earlier one. */
  moved: boolean;
  /** Where the citizen moves or answers the meeting (the citizen app). */
  link: string;
  /** The day the letter is written (YYYY-MM-DD, Copenhagen). */
  writtenOn: string;
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** "tirsdag 3. marts 2026" */
export function danishDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "tirsdag 3. marts 2026 kl. 10.30–11.00" (Europe/Copenhagen) */
export function danishTimeRange(startsAt: string, endsAt: string): string {
  const start = inCopenhagen(new Date(startsAt));
  const end = inCopenhagen(new Date(endsAt));
  return `${danishDate(start.date)} kl. ${start.time.replace(':', '.')}–${end.time.replace(':', '.')}`;
}

/**
 * The paragraphs of the letter, in order (heading, label/text pairs). Kept apart from the PDF drawing
 * so the wording can be read and tested as plain text. The consequence of not attending follows the
 * rules as the a-kasser and jobcentres explain them (see README, "Digital Post call-ins").
 */
export function letterSections(l: CallInLetter): {
  title: string;
  intro: string;
  sections: Array<{ heading: string; text: string }>;
} {
  const noun = l.meetingKind === 'visitation' ? 'visitationssamtale' : 'jobsamtale';
  const what = `en ${noun}`;
  const place =
    l.form === 'in_person'
      ? `Du skal møde op på adressen: ${l.address ?? 'se Jobunivers'}.`
      : l.form === 'video'
        ? `Samtalen er en videosamtale. Du deltager fra din telefon eller computer via dette link: ${l.videoUrl ?? 'se Jobunivers'}`
        : `Samtalen er en telefonsamtale. Vi ringer til dig${l.phoneNumber ? ` på ${l.phoneNumber}` : ''}. Hav telefonen ved hånden.`;
  const bring =
    l.form === 'in_person'
      ? 'Gyldigt billed-id (fx kørekort eller pas), dit CV og din joblog – på papir eller på din telefon. Tag gerne papirer med om det, du vil tale om, fx helbred eller uddannelse.'
      : 'Hav dit CV og din joblog klar – på papir eller på skærmen – og find et roligt sted, hvor du kan tale frit.';
  return {
    title: l.moved ? `Din ${noun} er flyttet` : `Indkaldelse til ${noun}`,
    intro: `Kære ${l.citizenName}\n\n${l.unitName} indkalder dig til ${what}.${l.moved ? ' Dette brev erstatter det tidspunkt, du fik tidligere.' : ''}`,
    sections: [
      { heading: 'Hvornår', text: danishTimeRange(l.startsAt, l.endsAt) },
      { heading: 'Hvor og hvordan', text: place },
      ...(l.topic ? [{ heading: 'Det skal vi tale om', text: l.topic }] : []),
      { heading: 'Det skal du have med', text: bring },
      {
        heading: 'Hvis tidspunktet ikke passer',
        text: `Du kan flytte samtalen eller bede om en anden form (fremmøde, video eller telefon) i Jobunivers. Log ind med MitID her: ${l.link}`,
      },
      {
        heading: 'Hvis du ikke deltager',
        text:
          'Du har pligt til at deltage i samtalen, når du får dagpenge, kontanthjælp eller ledighedsydelse. ' +
          'Hvis du bliver væk uden en lovlig grund, kan du miste din ydelse fra den dag, samtalen skulle have været, og indtil du selv kontakter os igen. ' +
          'Lovlige grunde er fx arbejde, en jobsamtale hos en arbejdsgiver eller sygdom. Kan du ikke komme, så giv os besked inden samtalen.',
      },
    ],
  };
}

/**
 * The call-in letter as a PDF (A4, pdfkit's built-in Helvetica: its WinAnsi encoding has æ, ø and å).
 * `compress: false` leaves the text streams readable (tests read them).
 */
export function renderCallInPdf(
  letter: CallInLetter,
  options: { compress?: boolean; messageId: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    lang: 'da-DK',
    info: {
      Title: letterSections(letter).title,
      Author: letter.unitName,
      Subject: 'Indkaldelse',
      Producer: 'Jobunivers',
      Creator: 'Jobunivers',
    },
    pdfVersion: '1.7',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { title, intro, sections } = letterSections(letter);
  doc.font('Helvetica-Bold').fontSize(11).text(letter.unitName);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444')
    .text(`Dato: ${danishDate(letter.writtenOn)}`);
  doc.moveDown(2);
  doc.fillColor('#000').font('Helvetica-Bold').fontSize(18).text(title);
  doc.moveDown();
  doc.font('Helvetica').fontSize(11).text(intro, { lineGap: 2 });
  for (const s of sections) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(12).text(s.heading);
    doc.font('Helvetica').fontSize(11).text(s.text, { lineGap: 2 });
  }
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(11).text(`Venlig hilsen\n${letter.unitName}`);
  doc.moveDown(2);
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(`Brevet er sendt med Digital Post fra ${letter.unitName} via Jobunivers. Brev-id: ${options.messageId}`);
  doc.end();
  return done;
}
