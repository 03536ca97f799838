import { parseJobPosting, plainText } from './job-posting';

const base = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: 'X-1',
  title: 'Elektriker',
  description: 'Vi søger en elektriker.',
  datePosted: '2026-11-20',
  hiringOrganization: { '@type': 'Organization', name: 'Bravida' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '2950' } },
  occupationalCategory: '7411',
};

describe('parseJobPosting (schema.org JobPosting → our fields)', () => {
  it('accepts the shapes publishers use', () => {
    const { posting, errors } = parseJobPosting(
      {
        ...base,
        identifier: { '@type': 'PropertyValue', name: 'jobnet', value: 'JN-77' },
        hiringOrganization: 'Bravida',
        jobLocation: [
          {
            '@type': 'Place',
            address: { postalCode: '2950', addressLocality: 'Vedbæk' },
            geo: { latitude: '55.85', longitude: 12.56 },
          },
        ],
        occupationalCategory: [{ '@type': 'CategoryCode', codeValue: '7411', inCodeSet: 'ISCO-08' }],
        employmentType: ['full-time', 'TEMPORARY'],
        skills: 'electrical, Montage ,',
        validThrough: '2026-12-01',
        baseSalary: { '@type': 'MonetaryAmount', currency: 'DKK', value: 38000 },
      },
      { identifierRequired: true },
    );
    expect(errors).toEqual([]);
    expect(posting).toMatchObject({
      identifier: 'JN-77',
      employer: 'Bravida',
      postalCode: '2950',
      locality: 'Vedbæk',
      geo: { latitude: 55.85, longitude: 12.56 },
      occupation: '7411',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      hours: 'full_time',
      skills: ['electrical', 'Montage'],
      salary: { currency: 'DKK', value: 38000 },
      language: 'da',
    });
    // A date-only validThrough runs to the end of that day in Copenhagen (CET in December).
    expect(posting!.validThrough!.toISOString()).toBe('2026-12-01T22:59:00.000Z');
    expect(
      parseJobPosting({ ...base, occupationalCategory: 'ISCO-08 7411' }, { identifierRequired: true }).posting
        ?.occupation,
    ).toBe('7411');
  });

  it('names every bad field with its path', () => {
    const { posting, errors } = parseJobPosting(
      {
        ...base,
        identifier: undefined,
        title: 7,
        datePosted: '2026-02-30',
        validThrough: '2026-01-01',
        jobLocation: { address: { postalCode: '123', addressCountry: 'Sverige' }, geo: { latitude: 40, longitude: 2 } },
        skills: [{}],
        inLanguage: 'dansk',
        workHours: 37,
      },
      { identifierRequired: true },
    );
    expect(posting).toBeNull();
    expect(errors.map((e) => e.field)).toEqual([
      'identifier',
      'title',
      'datePosted',
      'jobLocation.address.postalCode',
      'jobLocation.address.addressCountry',
      'jobLocation.geo',
      'skills.0',
      'inLanguage',
      'workHours',
    ]);
    expect(parseJobPosting({ ...base, validThrough: '2026-11-19' }, { identifierRequired: true }).errors).toEqual([
      { field: 'validThrough', message: 'validThrough must be after datePosted' },
    ]);
    expect(parseJobPosting('JobPosting', { identifierRequired: false }).errors).toHaveLength(1);
    expect(parseJobPosting({ ...base, identifier: undefined }, { identifierRequired: false }).errors).toEqual([]);
    // Year 0000 is ISO 8601 but not a PostgreSQL date: refused as a bad field, never stored.
    expect(
      parseJobPosting(
        { ...base, datePosted: '0000-11-20', validThrough: '0000-12-01T10:00:00Z' },
        { identifierRequired: true },
      ).errors.map((e) => e.field),
    ).toEqual(['datePosted', 'validThrough']);
  });

  it('keeps the words of an HTML description, never the markup', () => {
    expect(
      plainText(
        '<h2>Om jobbet</h2><p>Løn &amp; vilkår&nbsp;efter aftale<br>Tlf. &#43;45</p><script>alert(1)</script><ul><li>Kørekort</li></ul>',
      ),
    ).toBe('Om jobbet\nLøn & vilkår efter aftale\nTlf. +45\nalert(1)Kørekort');
  });

  it('decodes every HTML character reference the way a browser does, and drops control characters', () => {
    expect(plainText('Sp&oslash;rg &Oslash;ster om l&aelig;ngere &aring;bningstid')).toBe(
      'Spørg Øster om længere åbningstid',
    );
    expect(plainText('&#248;l &#xE6;ble &#XC5;')).toBe('øl æble Å');
    // Out of Unicode's range and NUL become U+FFFD (HTML's rule) instead of throwing or reaching PostgreSQL.
    expect(plainText('a&#99999999;b')).toBe('a\uFFFDb');
    expect(plainText('a&#0;b')).toBe('a\uFFFDb');
    expect(plainText('a\u0000b\u0007c\td\r\ne')).toBe('abc d\r\ne');
    expect(plainText('&unknownentity; stays')).toBe('&unknownentity; stays');
  });

  it('drops control characters from every text field', () => {
    const { posting, errors } = parseJobPosting(
      { ...base, title: 'Elek\u0000triker\u001b', hiringOrganization: { name: 'Bra\u0000vida' } },
      { identifierRequired: true },
    );
    expect(errors).toEqual([]);
    expect(posting).toMatchObject({ title: 'Elektriker', employer: 'Bravida' });
  });
});
