import { formatDateTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { jobAdSearchPath } from '../../../routes';
import type { EmployerRequestDetail } from '../api/use-employer-requests';
import { formatDate } from '../format';
import { RequestStatus } from './request-status';

/** What the company asked for, and where the request stands. */
export function RequestFacts({ request: r }: { request: EmployerRequestDetail }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <section aria-labelledby="request-facts">
      <h2 id="request-facts">{t('employers.facts.title')}</h2>
      <p className="request-description">{r.description}</p>
      <dl className="citizen-facts" data-testid="request-facts">
        <dt>{t('employers.facts.company')}</dt>
        <dd>{t('employers.facts.companyCvr', { name: r.companyName, cvr: r.cvr })}</dd>
        <dt>{t('employers.facts.sentBy')}</dt>
        <dd>
          {r.createdByName}, {formatDateTime(r.createdAt, i18n.language)}
        </dd>
        <dt>{t('employers.facts.kind')}</dt>
        <dd>{t(`employers.kind.${r.kind}`)}</dd>
        <dt>{t('employers.facts.occupation')}</dt>
        <dd>{i18n.language === 'en' ? r.occupationTitleEn : r.occupationTitle}</dd>
        <dt>{t('employers.facts.place')}</dt>
        <dd>{t('employers.facts.placeValue', { postalCode: r.postalCode, municipality: r.municipalityName })}</dd>
        {r.hoursPerWeek !== null && (
          <>
            <dt>{t('employers.facts.hours')}</dt>
            <dd>{t('employers.hoursValue', { count: r.hoursPerWeek })}</dd>
          </>
        )}
        {r.positions !== null && (
          <>
            <dt>{t('employers.facts.positions')}</dt>
            <dd>{r.positions}</dd>
          </>
        )}
        {r.startBy && (
          <>
            <dt>{t('employers.facts.startBy')}</dt>
            <dd>{formatDate(r.startBy, i18n.language)}</dd>
          </>
        )}
        <dt>{t('employers.facts.status')}</dt>
        <dd>
          <RequestStatus request={r} />
          {r.closedAt && <> ({formatDate(r.closedAt, i18n.language)})</>}
        </dd>
        <dt>{t('employers.facts.consultant')}</dt>
        <dd data-testid="request-consultant">{r.consultantName ?? t('employers.nobody')}</dd>
        {r.kind === 'recruitment' && (
          <>
            <dt>{t('employers.facts.jobAd')}</dt>
            <dd>
              {r.jobAdId ? (
                <Link to={jobAdSearchPath(r.title)}>{t('employers.jobAd.show')}</Link>
              ) : (
                t('employers.jobAd.none')
              )}
            </dd>
          </>
        )}
        <dt>{t('employers.facts.candidates')}</dt>
        <dd>{t('employers.facts.candidatesValue', { count: r.candidates })}</dd>
      </dl>
    </section>
  );
}
