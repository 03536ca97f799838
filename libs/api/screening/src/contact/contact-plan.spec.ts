import { addDays } from '@jobunivers/api/time';
import { computeContactPlan, type PlanMeeting } from './contact-plan';
import { allowedExemptions, cohortOf, CONTACT_RULE_SETS, groupOf, ruleSetFor } from './contact-rules';

const start = '2026-09-01';
const plan = (
  benefit: 'unemployment_benefit' | 'job_ready_cash_benefit',
  meetings: PlanMeeting[],
  today: string,
  exempt = false,
) =>
  computeContactPlan({ group: groupOf(ruleSetFor(start), benefit), unemployedSince: start, today, meetings, exempt });
const held = (id: string, day: number): PlanMeeting => ({ id, date: addDays(start, day), state: 'held' });

describe('contact rules as dated data', () => {
  it('chooses the rule set in force on the day the unemployment started, on each boundary', () => {
    expect(ruleSetFor('2026-06-30').id).toBe('lab-2024');
    expect(ruleSetFor('2026-07-01').id).toBe('lov-1750-2026');
    expect(ruleSetFor('2026-12-31').id).toBe('lov-1750-2026');
    expect(ruleSetFor('2027-01-01').id).toBe('beskaeftigelseslov-2027');
    expect(ruleSetFor('2019-03-04').id).toBe('lab-2024'); // before the earliest set: the earliest
  });

  it('has no gaps or overlaps between the sets, and the last is open-ended', () => {
    for (const [i, set] of CONTACT_RULE_SETS.entries()) {
      const next = CONTACT_RULE_SETS[i + 1];
      if (next) expect(addDays(set.validTo!, 1)).toBe(next.validFrom);
      else expect(set.validTo).toBeNull();
      expect(set.groups.map((g) => g.targetGroup).sort()).toEqual([
        'cash_benefit',
        'job_ready_cash_benefit',
        'unemployment_allowance',
        'unemployment_benefit',
      ]);
    }
  });

  it('asks 2 meetings of dagpenge and 4 of job-ready kontanthjælp from 1 July 2026, the first never exemptable', () => {
    const set = ruleSetFor('2026-07-01');
    const total = (g: string) =>
      set.groups
        .find((x) => x.targetGroup === g)!
        .requirements.filter((r) => r.kind !== 'month_16_meeting')
        .reduce((s, r) => s + r.count, 0);
    expect([total('unemployment_benefit'), total('job_ready_cash_benefit'), total('unemployment_allowance')]).toEqual([
      2, 4, 4,
    ]);
    expect(
      set.groups.every((g) => g.requirements.filter((r) => r.kind === 'first_meeting').every((r) => !r.exemptable)),
    ).toBe(true);
    expect([set.maxExemptShare, set.coverageTarget]).toEqual([0.25, 0.75]);
  });

  it('puts citizens in half-year cohorts and rounds the allowed exemptions down', () => {
    expect(cohortOf('2026-06-30')).toEqual({ cohort: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(cohortOf('2026-07-01')).toEqual({ cohort: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
    expect([
      allowedExemptions(8, 0.25),
      allowedExemptions(7, 0.25),
      allowedExemptions(3, 0.25),
      allowedExemptions(100, 0),
    ]).toEqual([2, 1, 0, 0]);
  });
});

describe('computeContactPlan', () => {
  it('lists one line per required meeting with its due date; nothing held: due, then overdue', () => {
    const lines = plan('unemployment_benefit', [], addDays(start, 10));
    expect(lines.map((l) => [l.kind, l.index, l.dueBy, l.status])).toEqual([
      ['first_meeting', 1, addDays(start, 14), 'due'],
      ['job_meetings', 1, addDays(start, 183), 'due'],
      ['month_16_meeting', 1, addDays(start, 487), 'due'],
    ]);
    expect(plan('unemployment_benefit', [], addDays(start, 15))[0]).toMatchObject({
      kind: 'first_meeting',
      status: 'overdue',
      meetingId: null,
    });
  });

  it('lets a held meeting meet the earliest open line it fits; a later one the next', () => {
    const lines = plan('job_ready_cash_benefit', [held('b', 40), held('a', 3)], addDays(start, 50));
    expect(lines.map((l) => [l.kind, l.index, l.status, l.meetingId])).toEqual([
      ['first_meeting', 1, 'met', 'a'],
      ['job_meetings', 1, 'met', 'b'],
      ['job_meetings', 2, 'due', null],
      ['job_meetings', 3, 'due', null],
    ]);
  });

  it('does not count a meeting held after a line’s due date for that line, nor one before its window', () => {
    const lines = plan('unemployment_benefit', [held('late', 20), held('early', 400)], addDays(start, 500));
    expect(lines.map((l) => [l.kind, l.status, l.meetingId])).toEqual([
      ['first_meeting', 'overdue', null],
      ['job_meetings', 'met', 'late'],
      ['month_16_meeting', 'overdue', null],
    ]);
  });

  it('puts a booked meeting on the open line it will meet, without meeting it', () => {
    const lines = plan(
      'job_ready_cash_benefit',
      [held('a', 2), { id: 'next', date: addDays(start, 30), state: 'upcoming' }],
      addDays(start, 20),
    );
    expect(lines[1]).toMatchObject({ kind: 'job_meetings', index: 1, status: 'due', meetingId: 'next' });
  });

  it('lifts only the exemptable lines of an exempt citizen; the first meeting stays', () => {
    const lines = plan('job_ready_cash_benefit', [held('a', 2)], addDays(start, 200), true);
    expect(lines.map((l) => l.status)).toEqual(['met', 'exempt', 'exempt', 'exempt']);
    expect(plan('job_ready_cash_benefit', [], addDays(start, 20), true)[0]!.status).toBe('overdue');
  });
});
