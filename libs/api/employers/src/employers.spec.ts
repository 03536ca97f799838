import { timelineText } from '@jobunivers/api/citizens';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EmployerVisibilityInputDto, NewEmployerRequestDto, NewProposalsDto } from './dto/employers.dto';
import { candidateReasonText } from './employers.texts';

const fieldsWithErrors = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true })
    .map((e) => e.property)
    .sort();

describe('employers: input rules, reasons and timeline sentences', () => {
  const request = {
    kind: 'internship',
    title: '  Praktik som tømrer ',
    description: 'Fire uger på nybyggeri.',
    occupationCode: '7115',
    postalCode: '8000',
  };

  it('takes a request with the optional fields left out, and trims the texts', () => {
    expect(fieldsWithErrors(NewEmployerRequestDto, request)).toEqual([]);
    expect(plainToInstance(NewEmployerRequestDto, request).title).toBe('Praktik som tømrer');
  });

  it('names every bad field of a request: kind, blank title, codes, bounds, dates that do not exist', () => {
    expect(
      fieldsWithErrors(NewEmployerRequestDto, {
        ...request,
        kind: 'temp_agency',
        title: '   ',
        occupationCode: '71150',
        postalCode: '80',
        municipalityCode: 'Aarhus',
        hoursPerWeek: 0,
        positions: 501,
        startBy: '2027-02-30',
        cvr: '12345678',
      }),
    ).toEqual(
      [
        'cvr',
        'hoursPerWeek',
        'kind',
        'municipalityCode',
        'occupationCode',
        'positions',
        'postalCode',
        'startBy',
        'title',
      ].sort(),
    );
  });

  it('knows the three visibility levels only, and proposals of 1–50 distinct citizen ids', () => {
    expect(fieldsWithErrors(EmployerVisibilityInputDto, { level: 'named', shareEmail: true })).toEqual([]);
    expect(fieldsWithErrors(EmployerVisibilityInputDto, { level: 'public', sharePhone: 'yes' })).toEqual([
      'level',
      'sharePhone',
    ]);
    const id = '6f1c0d2e-1b2a-4c3d-8e4f-5a6b7c8d9e0f';
    expect(fieldsWithErrors(NewProposalsDto, { citizenIds: [id] })).toEqual([]);
    expect(fieldsWithErrors(NewProposalsDto, { citizenIds: [] })).toEqual(['citizenIds']);
    expect(fieldsWithErrors(NewProposalsDto, { citizenIds: [id, id] })).toEqual(['citizenIds']);
    expect(fieldsWithErrors(NewProposalsDto, { citizenIds: ['not-an-id'] })).toEqual(['citizenIds']);
  });

  it('says why a candidate fits in the reader’s language', () => {
    expect(candidateReasonText('km', { km: '12' }, 'da')).toBe('12 km fra arbejdspladsen');
    expect(candidateReasonText('exact', { title: 'Tømrer' }, 'en')).toBe('Wants to work as Tømrer');
    expect(candidateReasonText('skills', { matched: '2', total: '3' }, 'da')).toBe('2 af 3 kompetencer');
  });

  it('writes the citizen’s timeline sentences, with the kind of placement and its outcome in words', () => {
    expect(
      timelineText(
        'employer_placement_agreed',
        { company: 'Østjysk Byg A/S', kind: 'internship', start: '2027-01-04', end: '2027-01-29' },
        'da',
      ),
    ).toBe('Aftale om virksomhedspraktik hos Østjysk Byg A/S fra 4. januar 2027 til 29. januar 2027.');
    expect(
      timelineText(
        'employer_placement_ended',
        { company: 'Østjysk Byg A/S', kind: 'wage_subsidy', outcome: 'hired' },
        'en',
      ),
    ).toBe('Your wage subsidy at Østjysk Byg A/S ended: you were hired.');
  });
});
