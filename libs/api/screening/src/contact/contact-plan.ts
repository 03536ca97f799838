import { addDays } from '@jobunivers/api/time';
import type { ContactRuleGroup, RequirementForm, RequirementKind } from './contact-rules';

export type RequirementStatus = 'met' | 'due' | 'overdue' | 'exempt';

/** A meeting as the plan sees it: held, or still to come (invited/booked); no-shows and cancellations never reach the plan. */
export interface PlanMeeting {
  id: string;
  /** Copenhagen date of the meeting (YYYY-MM-DD). */
  date: string;
  state: 'held' | 'upcoming';
}

export interface PlannedRequirement {
  kind: RequirementKind;
  /** The n-th meeting of its kind (1-based). */
  index: number;
  /** First day a meeting counts for it. */
  from: string;
  dueBy: string;
  form: RequirementForm;
  status: RequirementStatus;
  /** The held meeting that met it, or the booked one that will. */
  meetingId: string | null;
}

/**
 * A citizen's contact plan: every requirement of their group expanded into one line per meeting,
 * each with its due date. Held meetings, earliest first, each meet the earliest open line they fit
 * (held on or after `from`, on or before `dueBy`); then upcoming meetings are put on the open lines
 * they will meet. An exemption lifts the exemptable lines not met. Pure: the same inputs, the same plan.
 */
export function computeContactPlan(input: {
  group: ContactRuleGroup;
  unemployedSince: string;
  today: string;
  meetings: PlanMeeting[];
  exempt: boolean;
}): PlannedRequirement[] {
  const lines: Array<PlannedRequirement & { exemptable: boolean }> = [];
  for (const r of input.group.requirements) {
    const dueDay = r.withinDays ?? r.atDay ?? 0;
    for (let i = 1; i <= r.count; i++) {
      lines.push({
        kind: r.kind,
        index: i,
        from: addDays(input.unemployedSince, r.fromDay),
        dueBy: addDays(input.unemployedSince, dueDay),
        form: r.form,
        status: 'due',
        meetingId: null,
        exemptable: r.exemptable,
      });
    }
  }
  // The earliest deadline first; at the same deadline the line that opens latest (the narrower window) first.
  const order = lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.dueBy.localeCompare(b.l.dueBy) || b.l.from.localeCompare(a.l.from) || a.i - b.i)
    .map((x) => x.l);
  const fits = (line: PlannedRequirement, m: PlanMeeting) =>
    line.meetingId === null && m.date >= line.from && m.date <= line.dueBy;
  const byDate = (state: PlanMeeting['state']) =>
    input.meetings
      .filter((m) => m.state === state)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const m of byDate('held')) {
    const line = order.find((l) => fits(l, m));
    if (line) Object.assign(line, { meetingId: m.id, status: 'met' as const });
  }
  for (const m of byDate('upcoming')) {
    const line = order.find((l) => fits(l, m) && m.date >= input.today);
    if (line) line.meetingId = m.id;
  }
  for (const line of lines) {
    if (line.status === 'met') continue;
    if (input.exempt && line.exemptable) Object.assign(line, { status: 'exempt' as const, meetingId: null });
    else line.status = line.dueBy < input.today ? 'overdue' : 'due';
  }
  return order.map(({ exemptable: _, ...line }) => line);
}
