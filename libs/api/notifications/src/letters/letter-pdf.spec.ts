import { type CallInLetter, danishTimeRange, letterSections } from './letter-pdf';
import { buildMemo } from './memo';

const letter: CallInLetter = {
  unitName: 'Rudersdal Kommune, Job og Ydelse',
  citizenName: 'Ida Æbelø',
  meetingKind: 'job_meeting',
  form: 'phone',
  startsAt: '2026-03-03T09:30:00Z',
  endsAt: '2026-03-03T10:00:00Z',
  address: null,
  videoUrl: null,
  phoneNumber: '+45 21 21 21 21',
  topic: null,
  moved: false,
  link: 'https://borger.example.dk/samtaler/1',
  writtenOn: '2026-02-20',
};

describe('call-in letter', () => {
  it('writes the time the Danish way in Copenhagen time (winter and summer)', () => {
    expect(danishTimeRange('2026-03-03T09:30:00Z', '2026-03-03T10:00:00Z')).toBe(
      'tirsdag 3. marts 2026 kl. 10.30–11.00',
    );
    expect(danishTimeRange('2026-07-01T06:00:00Z', '2026-07-01T06:45:00Z')).toBe('onsdag 1. juli 2026 kl. 08.00–08.45');
  });

  it('names the unit, the form, how to move it and what not attending costs', () => {
    const { title, intro, sections } = letterSections(letter);
    expect(title).toBe('Indkaldelse til jobsamtale');
    expect(intro).toContain('Rudersdal Kommune, Job og Ydelse indkalder dig til en jobsamtale.');
    const text = Object.fromEntries(sections.map((s) => [s.heading, s.text]));
    expect(text['Hvor og hvordan']).toBe(
      'Samtalen er en telefonsamtale. Vi ringer til dig på +45 21 21 21 21. Hav telefonen ved hånden.',
    );
    expect(text['Hvis tidspunktet ikke passer']).toContain('https://borger.example.dk/samtaler/1');
    expect(text['Hvis du ikke deltager']).toContain('kan du miste din ydelse');
    expect(letterSections({ ...letter, moved: true, meetingKind: 'visitation' }).title).toBe(
      'Din visitationssamtale er flyttet',
    );
  });

  it('escapes the MeMo envelope and carries the PDF whole', () => {
    const pdf = Buffer.from('%PDF-1.7 æøå');
    const xml = buildMemo({
      messageUuid: 'u-1',
      label: 'A & B <C>',
      senderCvr: '12345678',
      senderLabel: 'Kommune "X"',
      recipientCpr: '0101901234',
      recipientName: 'Ida',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      pdf,
      fileName: 'indkaldelse.pdf',
    });
    expect(xml).toContain('<memo:label>A &amp; B &lt;C&gt;</memo:label>');
    expect(xml).toContain('<memo:label>Kommune &quot;X&quot;</memo:label>');
    expect(Buffer.from(/<memo:content>([^<]+)</.exec(xml)?.[1] ?? '', 'base64').equals(pdf)).toBe(true);
  });
});
