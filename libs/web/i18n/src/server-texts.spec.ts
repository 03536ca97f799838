import { initI18n } from './resources';
import { serverText, type ServerTextGroup } from './server-texts';

describe('server texts from codes', () => {
  const wording = (language: 'da' | 'en') => {
    const i18n = initI18n('citizen', language);
    return (group: ServerTextGroup, code: string, params: Record<string, string>, fallback?: string) =>
      serverText(i18n.t.bind(i18n) as unknown as Parameters<typeof serverText>[0], language, group, {
        code,
        params,
        fallback,
      });
  };

  it('words timeline entries with dates, times, coded values and two-language names', () => {
    const da = wording('da');
    const en = wording('en');
    expect(da('timeline', 'visitation_due', { deadline: '2026-12-20' })).toBe(
      'Du bliver kaldt til en visitationssamtale med jobcentret senest 20. december 2026.',
    );
    expect(en('timeline', 'visitation_due', { deadline: '2026-12-20' })).toBe(
      'You will be called to a visitation meeting with the jobcentre by 20 December 2026.',
    );
    expect(en('timeline', 'meeting_booked', { date: '2026-12-08', time: '10.00', form: 'in_person' })).toBe(
      'You booked a job meeting on 8 December 2026 at 10:00 (in person).',
    );
    expect(en('timeline', 'screened', { track: 'self_service' })).toBe(
      'Your caseworker assessed your situation: you manage on your own in the job universe and can always book a meeting.',
    );
    expect(en('timeline', 'job_suggestion_answered', { title: 'Sygeplejerske', answer: 'not_relevant' })).toBe(
      'You answered the job suggestion Sygeplejerske: not relevant.',
    );
    expect(en('timeline', 'plan_enrolled', { title: 'Jobklub', titleEn: 'Job club' })).toBe(
      'You are enrolled in "Job club".',
    );
    expect(da('timeline', 'plan_enrolled', { title: 'Jobklub', titleEn: 'Job club' })).toBe(
      'Du er tilmeldt "Jobklub".',
    );
    expect(
      da('timeline', 'employer_placement_agreed', {
        company: 'Østjysk Byg A/S',
        kind: 'internship',
        start: '2027-01-04',
        end: '2027-02-26',
      }),
    ).toBe('Aftale om virksomhedspraktik hos Østjysk Byg A/S fra 4. januar 2027 til 26. februar 2027.');
    expect(
      en('timeline', 'employer_placement_ended', {
        company: 'Østjysk Byg A/S',
        kind: 'wage_subsidy',
        outcome: 'hired',
      }),
    ).toBe('The wage subsidy at Østjysk Byg A/S ended: you were hired.');
    expect(en('timeline', 'something_new', {}, 'Server wording')).toBe('Server wording');
  });

  it('words the staff timeline about the citizen, with coded values in staff words', () => {
    const da = wording('da');
    const en = wording('en');
    expect(da('staffTimeline', 'meeting_booked', { date: '2026-12-08', time: '10.00', form: 'video' })).toBe(
      'Borgeren bookede en jobsamtale 8. december 2026 kl. 10.00 (video).',
    );
    expect(en('staffTimeline', 'screened', { track: 'self_service' })).toBe(
      'The citizen was assessed: self-service in the job universe.',
    );
    expect(da('staffTimeline', 'case_closed', { outcome: 'job', date: '2027-01-04' })).toBe(
      'Sagen blev afsluttet: job fra 4. januar 2027.',
    );
    expect(da('staffTimeline', 'contact_exempted', {}, 'Server wording')).toBe('Server wording');
  });

  it('words match reasons, a language by its code', () => {
    expect(wording('en')('matchReasons', 'skills', { matched: '2', total: '3' })).toBe('2 of 3 skills');
    expect(wording('en')('matchReasons', 'language', { language: 'de' })).toBe('The ad is in German, which you speak');
    expect(wording('da')('matchReasons', 'language', { language: 'de' })).toBe('Opslaget er på tysk, som du taler');
  });
});
