import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useEmployerKpis } from '../api/use-employer-requests';
import { formatDate } from '../format';

/** The employer entry's three KPIs (last 30 days): answered within 2 working days, candidates sent, hires. */
export function EmployerKpis() {
  const { t, i18n } = useTranslation('staff');
  const kpis = useEmployerKpis();
  const k = kpis.data;
  return (
    <section aria-labelledby="employer-kpis" data-testid="employer-kpis">
      <h2 id="employer-kpis">{t('employers.kpis.title')}</h2>
      {kpis.isError && <ErrorAlert onRetry={() => void kpis.refetch()} />}
      {kpis.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {k && (
        <>
          <p className="kpi-definition">
            {t('employers.kpis.period', {
              from: formatDate(k.from, i18n.language),
              to: formatDate(k.to, i18n.language),
            })}
          </p>
          <ul className="nobullet-list employer-kpis">
            <li className="kpi-card">
              <h3>{t('employers.kpis.answered')}</h3>
              <p className="kpi-value">
                {k.answeredShare === null
                  ? t('employers.kpis.none')
                  : t('employers.kpis.percent', { value: Math.round(k.answeredShare * 100) })}
              </p>
              <p className="kpi-definition">
                {t('employers.kpis.answeredOf', { count: k.requests, answered: k.answeredWithinTwoWorkingDays })}
              </p>
            </li>
            <li className="kpi-card">
              <h3>{t('employers.kpis.candidatesSent')}</h3>
              <p className="kpi-value">{k.candidatesSent}</p>
              <p className="kpi-definition">{t('employers.kpis.accepted', { count: k.candidatesAccepted })}</p>
            </li>
            <li className="kpi-card">
              <h3>{t('employers.kpis.hires')}</h3>
              <p className="kpi-value">{k.hires}</p>
              <p className="kpi-definition">{t('employers.kpis.hiresDefinition')}</p>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
