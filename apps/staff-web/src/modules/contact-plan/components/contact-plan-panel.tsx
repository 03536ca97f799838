import { ErrorAlert, ScrollTable } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { staffMeetingPath } from '../../../routes';
import { type ContactRequirement, useContactPlan } from '../api/use-contact-plan';
import { ExemptionForm } from './exemption-form';

/** The status as a badge: a symbol, a colour and a word, so it never rests on colour alone. */
export function RequirementStatus({ status }: { status: ContactRequirement['status'] }) {
  const { t } = useTranslation('staff');
  return (
    <span className={`requirement-status requirement-status--${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t(`contactPlan.status.${status}`)}
    </span>
  );
}
const SYMBOL: Record<ContactRequirement['status'], string> = { met: '✓', due: '○', overdue: '!', exempt: '–' };

/** The citizen page's contact plan: what the law requires (kind, due date, status, the meeting that met it) and the exemption. */
export function ContactPlanPanel({
  citizenId,
  purpose,
  active,
}: {
  citizenId: string;
  purpose?: string;
  active: boolean;
}) {
  const { t, i18n } = useTranslation('staff');
  const plan = useContactPlan(citizenId, purpose, true);
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });
  const day = (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
  const p = plan.data;
  return (
    <section aria-labelledby="contact-plan-heading" data-testid="contact-plan">
      <h2 id="contact-plan-heading">{t('contactPlan.title')}</h2>
      {plan.isError && <ErrorAlert onRetry={() => void plan.refetch()} />}
      {plan.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {p && (
        <>
          <p>
            {t('contactPlan.targetGroup', {
              group: t(`contactPlan.targetGroups.${p.targetGroup}`, { defaultValue: p.targetGroup }),
            })}
          </p>
          {p.requirements.length === 0 ? (
            <p>{t('contactPlan.none')}</p>
          ) : (
            <ScrollTable label={t('contactPlan.tableLabel')}>
              <table className="table table--compact contact-plan-table">
                <thead>
                  <tr>
                    <th scope="col">{t('contactPlan.col.kind')}</th>
                    <th scope="col">{t('contactPlan.col.dueBy')}</th>
                    <th scope="col">{t('contactPlan.col.status')}</th>
                    <th scope="col">{t('contactPlan.col.meeting')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.requirements.map((r, i) => (
                    <tr key={`${r.kind}-${r.dueBy}-${i}`} className={r.status === 'overdue' ? 'overdue' : undefined}>
                      <td>{t(`contactPlan.kinds.${r.kind}`, { defaultValue: r.kind })}</td>
                      <td>{day(r.dueBy)}</td>
                      <td>
                        <RequirementStatus status={r.status} />
                      </td>
                      <td>
                        {r.meetingId ? (
                          <Link to={staffMeetingPath(r.meetingId)} state={{ purpose }}>
                            {t('contactPlan.openMeeting')}
                          </Link>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
          {active && <ExemptionForm citizenId={citizenId} purpose={purpose} plan={p} formatDate={day} />}
        </>
      )}
    </section>
  );
}
