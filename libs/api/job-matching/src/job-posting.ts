import { copenhagenToUtc, todayInCopenhagen } from '@jobunivers/api/time';
import { decodeHTML } from 'entities';
import type { JobHours, JobSalary } from './entities/job-ad.entity';

export interface FieldError {
  field: string;
  message: string;
}

/** A schema.org JobPosting read into our fields, before the catalogue checks (postal code, ISCO, skills). */
export interface ParsedPosting {
  identifier: string | null;
  title: string;
  description: string;
  datePosted: string;
  validThrough: Date | null;
  employmentType: string[];
  hours: JobHours | null;
  workHours: string | null;
  employer: string;
  employerUrl: string | null;
  streetAddress: string | null;
  postalCode: string;
  locality: string | null;
  geo: { latitude: number; longitude: number } | null;
  occupation: string;
  skills: string[];
  language: string;
  salary: JobSalary | null;
  url: string | null;
}

export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
// C0 control characters but tab, newline and carriage return: PostgreSQL refuses NUL in text, and none belongs in an ad.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const withoutControls = (s: string): string => s.replace(CONTROLS, '');
const text = (v: unknown): string | null => (typeof v === 'string' ? withoutControls(v).trim() : null);
/** Codes publishers often send as numbers (identifier 1234, postalCode 2950). */
const code = (v: unknown): string | null => (typeof v === 'number' && Number.isInteger(v) ? String(v) : text(v));

/**
 * Job ads often carry HTML; we keep the words and paragraphs, never the markup. Character references
 * are decoded by `entities` (the full HTML5 table, as a browser does: `&oslash;` → ø, out-of-range and
 * `&#0;` → U+FFFD); control characters are dropped after decoding.
 */
export function plainText(html: string): string {
  return withoutControls(
    decodeHTML(html.replace(/<\s*(br|\/p|\/li|\/h\d|\/div)\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*\n+/g, '\n\n')
    .trim();
}

const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function instant(v: unknown, endOfDay: boolean): Date | null {
  const s = text(v);
  if (!s) return null;
  if (ISO_DATE.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return null;
    return copenhagenToUtc(s, endOfDay ? '23:59' : '00:00');
  }
  if (!ISO_DATE_TIME.test(s)) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Reads a schema.org JobPosting (JSON-LD, compact form) and names every field that is wrong, with
 * its path. Accepts the shapes publishers use: a string or a PropertyValue identifier, an
 * Organization or a name, a Place or a list of them, a code or a CategoryCode, skills as text, a
 * list or DefinedTerms, and HTML descriptions.
 */
export function parseJobPosting(
  input: unknown,
  options: { identifierRequired: boolean },
): { posting: ParsedPosting | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (!isObject(input))
    return {
      posting: null,
      errors: [{ field: '', message: 'a job ad must be a JSON object (schema.org JobPosting)' }],
    };
  const p = input;

  const type = p['@type'];
  if (type !== undefined && !(type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))))
    err('@type', '@type must be JobPosting');
  const context = p['@context'];
  if (
    context !== undefined &&
    !(typeof context === 'string' && /^https?:\/\/schema\.org\/?$/.test(context)) &&
    !isObject(context) &&
    !Array.isArray(context)
  )
    err('@context', '@context must be https://schema.org');

  let identifier: string | null = null;
  const rawId = first(p['identifier']);
  if (rawId !== undefined) {
    identifier = isObject(rawId) ? code(rawId['value']) : code(rawId);
    if (!identifier || identifier.length > 200)
      err('identifier', 'identifier must be text (or a PropertyValue with a value) of 1–200 characters');
  } else if (options.identifierRequired)
    err('identifier', 'identifier is required: it is how a re-import updates the same ad');

  const title = text(p['title']);
  if (!title || title.length > 300) err('title', 'title must be 1–300 characters');
  const rawDescription = text(p['description']);
  const description = rawDescription ? plainText(rawDescription) : '';
  if (!description || description.length > 20000) err('description', 'description must be 1–20000 characters');

  const posted = instant(p['datePosted'], false);
  if (!posted) err('datePosted', 'datePosted must be an ISO 8601 date or date-time');
  const datePosted = posted ? todayInCopenhagen(posted) : '';
  let validThrough: Date | null = null;
  if (p['validThrough'] !== undefined && p['validThrough'] !== null) {
    validThrough = instant(p['validThrough'], true);
    if (!validThrough) err('validThrough', 'validThrough must be an ISO 8601 date or date-time');
    else if (posted && validThrough <= posted) err('validThrough', 'validThrough must be after datePosted');
  }

  const types = (
    Array.isArray(p['employmentType'])
      ? p['employmentType']
      : p['employmentType'] === undefined
        ? []
        : [p['employmentType']]
  ).map((t) => (typeof t === 'string' ? t.trim().toUpperCase().replace(/[\s-]/g, '_') : t));
  types.forEach((t, i) => {
    if (!(EMPLOYMENT_TYPES as readonly unknown[]).includes(t))
      err(
        Array.isArray(p['employmentType']) ? `employmentType.${i}` : 'employmentType',
        `employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}`,
      );
  });
  const employmentType = types.filter((t): t is string => (EMPLOYMENT_TYPES as readonly unknown[]).includes(t));
  const hours: JobHours | null = employmentType.includes('FULL_TIME')
    ? 'full_time'
    : employmentType.includes('PART_TIME')
      ? 'part_time'
      : null;

  const org = first(p['hiringOrganization']);
  const employer = isObject(org) ? text(org['name']) : text(org);
  if (!employer || employer.length > 200)
    err('hiringOrganization.name', 'hiringOrganization must be an Organization with a name of 1–200 characters');
  const employerUrl = isObject(org) ? text(first(org['sameAs']) ?? org['url']) : null;
  if (employerUrl && !/^https?:\/\/\S+$/.test(employerUrl))
    err('hiringOrganization.sameAs', 'hiringOrganization.sameAs must be an http(s) URL');

  const place = first(p['jobLocation']);
  const address = isObject(place) ? first(place['address']) : undefined;
  let postalCode = '';
  let locality: string | null = null;
  let streetAddress: string | null = null;
  let geo: ParsedPosting['geo'] = null;
  if (!isObject(place) || !isObject(address))
    err('jobLocation.address', 'jobLocation must be a Place with a PostalAddress');
  else {
    postalCode = code(address['postalCode']) ?? '';
    if (!/^\d{4}$/.test(postalCode))
      err('jobLocation.address.postalCode', 'postalCode must be a 4-digit Danish postal code');
    locality = text(address['addressLocality']);
    if (locality !== null && locality.length > 100)
      err('jobLocation.address.addressLocality', 'addressLocality must be at most 100 characters');
    streetAddress = text(address['streetAddress']);
    if (streetAddress !== null && streetAddress.length > 200)
      err('jobLocation.address.streetAddress', 'streetAddress must be at most 200 characters');
    const country = text(
      isObject(address['addressCountry']) ? (address['addressCountry'] as Json)['name'] : address['addressCountry'],
    );
    if (country !== null && !['DK', 'DNK', 'DENMARK', 'DANMARK'].includes(country.toUpperCase()))
      err('jobLocation.address.addressCountry', 'only jobs in Denmark (DK) can be imported');
    const g = place['geo'];
    if (g !== undefined) {
      const lat = isObject(g) ? Number(g['latitude']) : NaN;
      const lon = isObject(g) ? Number(g['longitude']) : NaN;
      if (!(lat >= 54 && lat <= 58 && lon >= 8 && lon <= 15.5))
        err('jobLocation.geo', 'geo must be GeoCoordinates in Denmark (latitude 54–58, longitude 8–15.5)');
      else geo = { latitude: lat, longitude: lon };
    }
  }

  const category = first(p['occupationalCategory']);
  const occupationRaw = isObject(category) ? code(category['codeValue']) : code(category);
  const occupation = occupationRaw?.match(/^(?:ISCO(?:-08)?[\s:]*)?(\d{4})\b/i)?.[1] ?? '';
  if (!occupation)
    err(
      'occupationalCategory',
      'occupationalCategory must be an ISCO-08 unit group (4 digits) or a CategoryCode with that codeValue',
    );

  const skillsRaw = p['skills'];
  const skills: string[] = [];
  if (skillsRaw !== undefined) {
    const list =
      typeof skillsRaw === 'string' ? skillsRaw.split(/[,;\n]/) : Array.isArray(skillsRaw) ? skillsRaw : [skillsRaw];
    list.forEach((s, i) => {
      const value = isObject(s) ? (text(s['termCode']) ?? text(s['name'])) : text(s);
      if (value === null || value.length > 100)
        err(
          Array.isArray(skillsRaw) ? `skills.${i}` : 'skills',
          'skills must be text, a list of text or DefinedTerms, each at most 100 characters',
        );
      else if (value) skills.push(value);
    });
    if (skills.length > 30) err('skills', 'at most 30 skills');
  }

  const language = (text(first(p['inLanguage'])) ?? 'da').toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) err('inLanguage', 'inLanguage must be a 2-letter ISO 639-1 code');

  let salary: JobSalary | null = null;
  const base = p['baseSalary'];
  if (base !== undefined && base !== null) {
    const value = isObject(base) ? base['value'] : undefined;
    const currency = isObject(base) ? (text(base['currency']) ?? 'DKK') : '';
    const num = (v: unknown) =>
      v === undefined ? undefined : typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : NaN;
    const s: JobSalary = isObject(value)
      ? {
          currency,
          value: num(value['value']),
          minValue: num(value['minValue']),
          maxValue: num(value['maxValue']),
          unitText: text(value['unitText']) ?? undefined,
        }
      : { currency, value: num(value) };
    const numbers = [s.value, s.minValue, s.maxValue];
    if (
      !isObject(base) ||
      !/^[A-Z]{3}$/.test(currency) ||
      numbers.some((n) => Number.isNaN(n)) ||
      numbers.every((n) => n === undefined)
    )
      err(
        'baseSalary',
        'baseSalary must be a MonetaryAmount with a currency (e.g. DKK) and a non-negative value or QuantitativeValue',
      );
    else if (s.minValue !== undefined && s.maxValue !== undefined && s.minValue > s.maxValue)
      err('baseSalary.value.maxValue', 'maxValue must not be below minValue');
    else salary = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as JobSalary;
  }

  const workHours = p['workHours'] === undefined ? null : text(p['workHours']);
  if (p['workHours'] !== undefined && (workHours === null || workHours.length > 200))
    err('workHours', 'workHours must be text of at most 200 characters');
  const url = p['url'] === undefined ? null : text(p['url']);
  if (p['url'] !== undefined && (!url || url.length > 1000 || !/^https?:\/\/\S+$/.test(url)))
    err('url', 'url must be an http(s) URL');

  if (errors.length) return { posting: null, errors };
  return {
    posting: {
      identifier,
      title: title!,
      description,
      datePosted,
      validThrough,
      employmentType,
      hours,
      workHours,
      employer: employer!,
      employerUrl,
      streetAddress,
      postalCode,
      locality,
      geo,
      occupation,
      skills,
      language,
      salary,
      url,
    },
    errors,
  };
}
