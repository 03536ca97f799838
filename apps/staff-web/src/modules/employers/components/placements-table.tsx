import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRequestDetail, type Placement, useReportPlacement } from '../api/use-employer-requests';
import { formatDate } from '../format';
import { ProblemAlert } from './problem-alert';

/** The request's internship and wage-subsidy placements; an active one can be reported ended or as a hire. */
export function PlacementsTable({ request: r }: { request: EmployerRequestDetail }) {
  const { t, i18n } = useTranslation('staff');
  const reportPlacement = useReportPlacement(r.id);
  const [notice, setNotice] = useState('');
  const onReport = (p: Placement, outcome: 'ended' | 'hired') => {
    const confirm = t(`employers.placements.confirm.${outcome}`, { name: p.candidateName, company: r.companyName });
    if (!window.confirm(confirm)) return;
    reportPlacement.mutate(
      { id: p.id, outcome },
      { onSuccess: () => setNotice(t(`employers.placements.reported.${outcome}`, { name: p.candidateName })) },
    );
  };
  return (
    <section aria-labelledby="placements" className="employer-section">
      <h2 id="placements">{t('employers.placements.title')}</h2>
      <p role="status">{notice}</p>
      {reportPlacement.isError && <ProblemAlert error={reportPlacement.error} />}
      {r.placements.length === 0 ? (
        <p>{t('employers.placements.none')}</p>
      ) : (
        <table
          className="table table--compact table--responsive-headers employer-table"
          aria-labelledby="placements"
          data-testid="placements"
        >
          <thead>
            <tr>
              <th scope="col">{t('employers.placements.citizen')}</th>
              <th scope="col">{t('employers.placements.kind')}</th>
              <th scope="col">{t('employers.placements.period')}</th>
              <th scope="col">{t('employers.placements.hours')}</th>
              <th scope="col">{t('employers.placements.status')}</th>
              <th scope="col">{t('employers.placements.report')}</th>
            </tr>
          </thead>
          <tbody>
            {r.placements.map((p) => (
              <tr key={p.id}>
                <td data-title={t('employers.placements.citizen')}>{p.candidateName}</td>
                <td data-title={t('employers.placements.kind')}>{t(`employers.kind.${p.kind}`)}</td>
                <td data-title={t('employers.placements.period')}>
                  {t('employers.placements.periodValue', {
                    start: formatDate(p.startDate, i18n.language),
                    end: formatDate(p.endDate, i18n.language),
                  })}
                </td>
                <td data-title={t('employers.placements.hours')}>
                  {t('employers.hoursValue', { count: p.hoursPerWeek })}
                </td>
                <td data-title={t('employers.placements.status')}>
                  <span className={`placement-status placement-status--${p.status}`}>
                    {t(`employers.placementStatus.${p.status}`)}
                  </span>
                </td>
                <td data-title={t('employers.placements.report')}>
                  {p.status === 'active' ? (
                    <span className="placement-actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={reportPlacement.isPending}
                        aria-label={t('employers.placements.endedFor', { name: p.candidateName })}
                        onClick={() => onReport(p, 'ended')}
                      >
                        {t('employers.placements.ended')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={reportPlacement.isPending}
                        aria-label={t('employers.placements.hiredFor', { name: p.candidateName })}
                        onClick={() => onReport(p, 'hired')}
                      >
                        {t('employers.placements.hired')}
                      </button>
                    </span>
                  ) : p.endedAt ? (
                    formatDate(p.endedAt, i18n.language)
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
