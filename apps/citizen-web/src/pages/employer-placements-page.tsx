import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Placement, usePlacements, useReportPlacement } from '../modules/employers/api/use-employer';
import { EmployerOnly } from '../modules/employers/components/employer-only';
import { formatPlainDate } from '../modules/employers/components/plain-date';
import { employerRequestPath, ROUTES } from '../routes';

/** Praktik og løntilskud: the company's placements, and "it ended" / "we hired" for the ongoing ones. */
export function EmployerPlacementsPage() {
  return (
    <EmployerOnly returnTo={ROUTES.employerPlacements}>
      <Placements />
    </EmployerOnly>
  );
}

function Placements() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('employer.placements.title'), t('appName'));
  const placements = usePlacements();
  const report = useReportPlacement();
  return (
    <>
      <h1>{t('employer.placements.title')}</h1>
      <p className="font-lead">{t('employer.placements.intro')}</p>
      {placements.isError && <ErrorAlert onRetry={() => void placements.refetch()} retrying={placements.isFetching} />}
      {placements.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {report.isError && <ErrorAlert />}
      {report.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('employer.placements.reported')}</p>
          </div>
        </div>
      )}
      {placements.data &&
        (placements.data.length === 0 ? (
          <p>{t('employer.placements.empty')}</p>
        ) : (
          <ul className="nobullet-list" data-testid="placements">
            {placements.data.map((p) => (
              <PlacementItem
                key={p.id}
                placement={p}
                reporting={report.isPending}
                onReport={(outcome) => report.mutate({ id: p.id, outcome })}
              />
            ))}
          </ul>
        ))}
    </>
  );
}

function PlacementItem({
  placement: p,
  reporting,
  onReport,
}: {
  placement: Placement;
  reporting: boolean;
  onReport: (outcome: 'ended' | 'hired') => void;
}) {
  const { t, i18n } = useTranslation('citizen');
  const headingId = `placement-${p.id}`;
  return (
    <li className="card">
      <div className="card-content">
        <h2 className="h4" id={headingId}>
          {t(`employer.kinds.${p.kind}`)}: {p.candidateName}
        </h2>
        <p>
          <span className="status-badge">{t(`employer.placements.status.${p.status}`)}</span>
        </p>
        <p>
          {t('employer.placements.period', {
            from: formatPlainDate(p.startDate, i18n.language),
            to: formatPlainDate(p.endDate, i18n.language),
          })}{' '}
          · {t('employer.placements.hours', { hours: p.hoursPerWeek })}
        </p>
        <p>
          <Link to={employerRequestPath(p.requestId)}>{t('employer.placements.request')}</Link>
        </p>
        {p.status === 'active' && (
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={reporting}
              aria-describedby={headingId}
              onClick={() => onReport('ended')}
            >
              {t('employer.placements.reportEnded')}
            </button>{' '}
            <button
              type="button"
              className="button button-primary"
              disabled={reporting}
              aria-describedby={headingId}
              onClick={() => onReport('hired')}
            >
              {t('employer.placements.reportHired')}
            </button>
          </p>
        )}
      </div>
    </li>
  );
}
