import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { type ContactPlan, type ContactRequirement, useMyContactPlan } from '../api/use-contact-plan';

interface Group {
  kind: string;
  count: number;
  met: number;
  dueBy: string;
  overdue: boolean;
}

/** Requirements of one kind together ("mindst 2 jobsamtaler"), due by the last of their dates, in the plan's order. */
export function groupRequirements(requirements: ContactRequirement[]): Group[] {
  const groups = new Map<string, Group>();
  for (const r of requirements) {
    const group = groups.get(r.kind) ?? { kind: r.kind, count: 0, met: 0, dueBy: r.dueBy, overdue: false };
    group.count += 1;
    if (r.status === 'met') group.met += 1;
    if (r.status === 'overdue') group.overdue = true;
    if (r.dueBy > group.dueBy) group.dueBy = r.dueBy;
    groups.set(r.kind, group);
  }
  return [...groups.values()];
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
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
  const day = (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
  if (plan.exemption) return <p>{t('contactPlan.exempt')}</p>;
  const groups = groupRequirements(plan.requirements.filter((r) => r.status !== 'exempt'));
  if (groups.length === 0) return <p>{t('contactPlan.none')}</p>;
  return (
    <ul className="contact-plan-list">
      {groups.map((g) => (
        <li key={g.kind}>
          <p>
            <strong>{t(`contactPlan.required.${g.kind}`, { count: g.count, date: day(g.dueBy), defaultValue: t('contactPlan.requiredMeetings', { count: g.count, date: day(g.dueBy) }) })}</strong>
          </p>
          <p className={g.overdue ? 'contact-plan-overdue' : undefined}>
            {g.met >= g.count ? t('contactPlan.done') : g.overdue ? t('contactPlan.overdue', { count: g.count - g.met }) : t('contactPlan.progress', { met: g.met, count: g.count })}
          </p>
        </li>
      ))}
    </ul>
  );
}
