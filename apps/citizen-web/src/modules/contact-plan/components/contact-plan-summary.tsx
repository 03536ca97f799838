import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { type ContactPlan, type ContactRequirement, useMyContactPlan } from '../api/use-contact-plan';

interface Line {
  key: string;
  first?: string;
  met: number;
  count: number;
  overdue: boolean;
}

const lastDue = (rs: ContactRequirement[]) => rs.reduce((latest, r) => (r.dueBy > latest ? r.dueBy : latest), '');

/**
 * The plan in the citizen's words: the job meetings together ("mindst 2 jobsamtaler senest …", the first one's own date
 * beside it), then the meeting around month 16. Requirements lifted by an exemption are left out.
 */
export function planLines(
  requirements: ContactRequirement[],
): Array<Line & { kind: 'first_meeting' | 'meetings' | 'month_16_meeting'; dueBy: string }> {
  const open = requirements.filter((r) => r.status !== 'exempt');
  const meetings = open.filter((r) => r.kind !== 'month_16_meeting');
  const month16 = open.filter((r) => r.kind === 'month_16_meeting');
  const first = meetings.find((r) => r.kind === 'first_meeting');
  const summary = (rs: ContactRequirement[]) => ({
    met: rs.filter((r) => r.status === 'met').length,
    count: rs.length,
    overdue: rs.some((r) => r.status === 'overdue'),
  });
  const lines: ReturnType<typeof planLines> = [];
  if (meetings.length > 0) {
    const dueBy = lastDue(meetings);
    const onlyFirst = meetings.length === 1 && first;
    lines.push({
      key: 'meetings',
      kind: onlyFirst ? 'first_meeting' : 'meetings',
      dueBy,
      first: !onlyFirst && first && first.dueBy < dueBy ? first.dueBy : undefined,
      ...summary(meetings),
    });
  }
  if (month16.length > 0)
    lines.push({ key: 'month16', kind: 'month_16_meeting', dueBy: lastDue(month16), ...summary(month16) });
  return lines;
}

/** "Det kræver loven af dig": what the citizen must attend and by when, in plain words; everything else is their own choice. */
export function ContactPlanSummary() {
  const { t } = useTranslation('citizen');
  const plan = useMyContactPlan();
  return (
    <section aria-labelledby="contact-plan-heading" className="contact-plan" data-testid="contact-plan">
      <h2 id="contact-plan-heading">{t('contactPlan.title')}</h2>
      {plan.isError && <ErrorAlert onRetry={() => void plan.refetch()} />}
      {plan.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {plan.data && <PlanText plan={plan.data} />}
      <p>{t('contactPlan.ownChoice')}</p>
    </section>
  );
}

function PlanText({ plan }: { plan: ContactPlan }) {
  const { t, i18n } = useTranslation('citizen');
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
  const day = (iso: string) => date.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  const lines = planLines(plan.requirements);
  return (
    <>
      {plan.exemption && <p>{t('contactPlan.exempt')}</p>}
      {lines.length === 0 && !plan.exemption && <p>{t('contactPlan.none')}</p>}
      {lines.length > 0 && (
        <ul className="contact-plan-list">
          {lines.map((line) => (
            <li key={line.key}>
              <p>
                <strong>{t(`contactPlan.required.${line.kind}`, { count: line.count, date: day(line.dueBy) })}</strong>
                {line.first && ` ${t('contactPlan.required.firstBy', { date: day(line.first) })}`}
              </p>
              <p className={line.overdue && line.met < line.count ? 'contact-plan-overdue' : undefined}>
                {line.met >= line.count
                  ? t('contactPlan.done')
                  : line.overdue
                    ? t('contactPlan.overdue', { count: line.count - line.met })
                    : t('contactPlan.progress', { met: line.met, count: line.count })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
