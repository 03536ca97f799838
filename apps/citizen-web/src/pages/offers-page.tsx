import { ErrorAlert, Pagination, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  OFFER_KINDS,
  OFFER_MODES,
  type OfferKind,
  type OfferMode,
  titleOf,
  useOffers,
} from '../modules/offers/api/use-offers';
import { OfferWhen } from '../modules/offers/components/offer-when';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { offerPath, ROUTES } from '../routes';

/** The offer catalogue: search and filter the offers open to me; each leads to "add to my plan". */
export function OffersPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('offers.title'), t('appName'));
  return (
    <>
      <h1>{t('offers.title')}</h1>
      <p className="font-lead">{t('offers.intro')}</p>
      <SignedInOnly returnTo={ROUTES.offers}>
        <Catalogue />
      </SignedInOnly>
    </>
  );
}

function Catalogue() {
  const { t, i18n } = useTranslation('citizen');
  const [params, setFilters] = useUrlFilters();
  const filters = {
    q: params.get('q') ?? undefined,
    kind: params.get('kind') ?? undefined,
    mode: params.get('mode') ?? undefined,
    from: params.get('fra') ?? undefined,
  };
  const page = Number(params.get('side') ?? 1) || 1;
  const offers = useOffers({
    q: filters.q || undefined,
    kind: (filters.kind || undefined) as OfferKind | undefined,
    mode: (filters.mode || undefined) as OfferMode | undefined,
    from: filters.from || undefined,
    page,
  });
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilters({
      q: String(data.get('q') ?? '').trim() || undefined,
      kind: String(data.get('kind') ?? '') || undefined,
      mode: String(data.get('mode') ?? '') || undefined,
      fra: String(data.get('from') ?? '') || undefined,
      side: undefined,
    });
  };
  return (
    <>
      <form
        role="search"
        onSubmit={onSearch}
        className="offer-search"
        key={`${filters.q}|${filters.kind}|${filters.mode}|${filters.from}`}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="offer-q">
            {t('offers.search')}
          </label>
          <input id="offer-q" name="q" type="search" className="form-input" defaultValue={filters.q ?? ''} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-kind">
            {t('offers.kind')}
          </label>
          <select id="offer-kind" name="kind" className="form-select" defaultValue={filters.kind ?? ''}>
            <option value="">{t('offers.allKinds')}</option>
            {OFFER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`offers.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-mode">
            {t('offers.mode')}
          </label>
          <select id="offer-mode" name="mode" className="form-select" defaultValue={filters.mode ?? ''}>
            <option value="">{t('offers.allModes')}</option>
            {OFFER_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`offers.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-from">
            {t('offers.from')}
          </label>
          <input id="offer-from" name="from" type="date" className="form-input" defaultValue={filters.from ?? ''} />
        </div>
        <button type="submit" className="button button-primary">
          {t('offers.find')}
        </button>
      </form>
      {offers.isError && <ErrorAlert onRetry={() => void offers.refetch()} />}
      {offers.data && (
        <>
          <p aria-live="polite">{t('offers.count', { count: offers.data.total })}</p>
          <ul className="nobullet-list offer-list">
            {offers.data.items.map((o) => (
              <li key={o.id} className="card">
                <div className="card-content">
                  <h2 className="h4">
                    <Link to={offerPath(o.id)}>{titleOf(o, i18n.language)}</Link>
                  </h2>
                  <p>
                    {t(`offers.kinds.${o.kind}`)} · {t(`offers.modes.${o.mode}`)} · {o.provider}
                  </p>
                  <p>
                    <OfferWhen offer={o} />
                    {o.requiresApproval && <> · {t('offers.needsApproval')}</>}
                    {o.placesLeft === 0 && <> · {t('offers.full')}</>}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            totalPages={offers.data.totalPages}
            total={offers.data.total}
            onPage={(p) => setFilters({ side: p > 1 ? String(p) : undefined })}
          />
        </>
      )}
    </>
  );
}
