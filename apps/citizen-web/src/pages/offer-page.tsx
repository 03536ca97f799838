import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, formatDateTime, formatTime, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { titleOf, useAddToPlan, useOffer } from '../modules/offers/api/use-offers';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** One offer: what, when, where, places — and "add to my plan". */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('citizen');
  usePageTitle(t('offers.title'), t('appName'));
  return (
    <SignedInOnly returnTo={ROUTES.offers}>
      <OfferDetail key={id} id={id} />
    </SignedInOnly>
  );
}

function OfferDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation('citizen');
  const offer = useOffer(id);
  const add = useAddToPlan();
  if (offer.error instanceof ApiProblemError && offer.error.status === 404) return <h1>{t('offers.notFound')}</h1>;
  if (offer.isError) return <ErrorAlert onRetry={() => void offer.refetch()} />;
  if (!offer.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const o = offer.data;
  const problem = add.error instanceof ApiProblemError ? add.error.problem : undefined;
  return (
    <>
      <h1>{titleOf(o, i18n.language)}</h1>
      <p className="font-lead preserve-lines">{i18n.language === 'en' ? o.descriptionEn : o.descriptionDa}</p>
      <dl className="meeting-facts">
        <dt>{t('offers.kind')}</dt>
        <dd>{t(`offers.kinds.${o.kind}`)}</dd>
        <dt>{t('offers.mode')}</dt>
        <dd>{t(`offers.modes.${o.mode}`)}</dd>
        <dt>{t('offers.provider')}</dt>
        <dd>{o.provider}</dd>
        {o.location && (
          <>
            <dt>{t('offers.location')}</dt>
            <dd>{o.location}</dd>
          </>
        )}
        <dt>{t('offers.when')}</dt>
        <dd>
          {o.sessions.length === 0 ? (
            t('offers.selfPaced')
          ) : (
            <ul className="nobullet-list">
              {o.sessions.map((s) => (
                <li key={s.start}>
                  {formatDateTime(s.start, i18n.language)}–{formatTime(s.end, i18n.language)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('offers.places')}</dt>
        <dd>
          {o.placesLeft === null
            ? t('offers.unlimited')
            : o.placesLeft === 0
              ? t('offers.fullWaitlist')
              : t('offers.placesLeft', { count: o.placesLeft })}
        </dd>
        {o.requiresApproval && (
          <>
            <dt>{t('offers.approval')}</dt>
            <dd>{t('offers.approvalHint')}</dd>
          </>
        )}
      </dl>
      {add.isSuccess ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text" data-testid="added">
              {t(`plan.added.${add.data.status}`, { defaultValue: t('plan.added.other') })}
            </p>
            <p className="alert-text">
              <Link to={ROUTES.plan}>{t('plan.goToPlan')}</Link>
            </p>
          </div>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => add.mutate({ offerId: o.id })}
            disabled={add.isPending}
          >
            {o.requiresApproval ? t('offers.apply') : t('offers.add')}
          </button>
        </p>
      )}
      {problem && (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t(`offers.problems.${problem.code}`, { defaultValue: problem.title })}</p>
          </div>
        </div>
      )}
      {add.isError && !problem && <ErrorAlert />}
      <p>
        <Link to={ROUTES.offers}>{t('offers.back')}</Link>
      </p>
    </>
  );
}
