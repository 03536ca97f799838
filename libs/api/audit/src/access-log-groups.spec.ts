import { reasonOf, seenOf } from './access-log-groups';

describe('the access log in codes', () => {
  it('says why a company or a consultant looked for an employer request, never the raw purpose', () => {
    expect(reasonOf('employer request')).toBe('employer_request');
    expect(reasonOf('employer request 5f0c1c2e-7d1a-4a63-9a0e-2f4b8f1d6c11')).toBe('employer_request');
    expect(reasonOf('Dækker for Mette (ferie)')).toBe('stated');
    expect(reasonOf('caseload')).toBe('caseload');
  });

  it('tells what a company saw: the profile, anonymous or with the name', () => {
    expect(seenOf('employer.candidate.anonymous')).toBe('employer_anonymous');
    expect(seenOf('employer.candidate.named')).toBe('employer_named');
    expect(seenOf('employers.candidates')).toBe('lists');
  });
});
