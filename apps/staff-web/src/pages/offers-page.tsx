import { ApiProblemError } from '@jobunivers/api-client';
import {
  copenhagenInstant,
  ErrorAlert,
  formatDateTime,
  Pagination,
  ScrollTable,
  usePageTitle,
  useUrlFilters,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@jobunivers/web/session';
import {
  OFFER_KINDS,
  OFFER_MODES,
  type Offer,
  type OfferInput,
  useCreateOffer,
  useOfferCatalogue,
  useUpdateOffer,
} from '../modules/offers/api/use-offers';

/** Tilbud: the municipality's catalogue; team leads and admins add, publish and archive offers. */
export function OffersPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('offers.title'), t('appName'));
  const me = useMe();
  const canEdit = !!me.data?.roles.some((r) => r === 'team_lead' || r === 'municipality_admin');
  const [params, setFilters] = useUrlFilters();
  const status = (params.get('status') ?? undefined) as Offer['status'] | undefined;
  const page = Number(params.get('side') ?? 1) || 1;
  const offers = useOfferCatalogue(status, page);
  const update = useUpdateOffer();
  const [editing, setEditing] = useState<Offer>();
  return (
    <>
      <h1>{t('offers.title')}</h1>
      <div className="form-group">
        <label className="form-label" htmlFor="offer-status">
          {t('offers.status')}
        </label>
        <select
          id="offer-status"
          className="form-select"
          value={status ?? ''}
          onChange={(e) => setFilters({ status: e.target.value || undefined, side: undefined })}
        >
          <option value="">{t('offers.allStatuses')}</option>
          {(['draft', 'published', 'archived'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`offers.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {offers.isError && <ErrorAlert onRetry={() => void offers.refetch()} />}
      {offers.data && (
        <ScrollTable label={t('offers.title')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('offers.titleDa')}</th>
                <th scope="col">{t('offers.kind')}</th>
                <th scope="col">{t('offers.mode')}</th>
                <th scope="col">{t('offers.firstSession')}</th>
                <th scope="col">{t('offers.places')}</th>
                <th scope="col">{t('offers.approval')}</th>
                <th scope="col">{t('offers.status')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="sr-only">{t('offers.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {offers.data.items.map((o) => (
                <tr key={o.id}>
                  <td>{o.titleDa}</td>
                  <td>{t(`offers.kinds.${o.kind}`)}</td>
                  <td>{t(`offers.modes.${o.mode}`)}</td>
                  <td>{o.sessions[0] ? formatDateTime(o.sessions[0].start, i18n.language) : t('offers.selfPaced')}</td>
                  <td>{o.capacity === null ? '–' : `${o.capacity - (o.placesLeft ?? 0)}/${o.capacity}`}</td>
                  <td>{o.requiresApproval ? t('offers.yes') : t('offers.no')}</td>
                  <td>{t(`offers.statuses.${o.status}`)}</td>
                  {canEdit && (
                    <td>
                      <button type="button" className="button button-tertiary" onClick={() => setEditing(o)}>
                        {t('offers.edit')}
                        <span className="sr-only"> {o.titleDa}</span>
                      </button>{' '}
                      {o.status !== 'published' && (
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => update.mutate({ id: o.id, status: 'published' })}
                        >
                          {t('offers.publish')}
                          <span className="sr-only"> {o.titleDa}</span>
                        </button>
                      )}{' '}
                      {o.status !== 'archived' && (
                        <button
                          type="button"
                          className="button button-tertiary"
                          onClick={() => update.mutate({ id: o.id, status: 'archived' })}
                        >
                          {t('offers.archive')}
                          <span className="sr-only"> {o.titleDa}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {update.isError && <ErrorAlert />}
      {offers.data && (
        <Pagination
          page={page}
          totalPages={offers.data.totalPages}
          total={offers.data.total}
          onPage={(p) => setFilters({ side: p > 1 ? String(p) : undefined })}
        />
      )}
      {canEdit && <OfferForm key={editing?.id ?? 'new'} offer={editing} onDone={() => setEditing(undefined)} />}
    </>
  );
}

const FIELDS = ['titleDa', 'titleEn', 'descriptionDa', 'descriptionEn', 'provider'] as const;

/** A new offer, or changes to one (texts, form, capacity, approval, first session). */
function OfferForm({ offer, onDone }: { offer?: Offer; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const create = useCreateOffer();
  const update = useUpdateOffer();
  const save = offer ? update : create;
  const [key, setKey] = useState(0);
  const fieldErrors =
    save.error instanceof ApiProblemError
      ? ((save.error.problem as { errors?: Array<{ field: string; message: string }> }).errors ?? [])
      : [];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const get = (k: string) => String(d.get(k) ?? '').trim();
    const date = get('date');
    const capacity = get('capacity');
    const body: OfferInput = {
      titleDa: get('titleDa'),
      titleEn: get('titleEn'),
      descriptionDa: get('descriptionDa'),
      descriptionEn: get('descriptionEn'),
      provider: get('provider'),
      kind: get('kind') as OfferInput['kind'],
      mode: get('mode') as OfferInput['mode'],
      ...(get('location') ? { location: get('location') } : {}),
      ...(capacity ? { capacity: Number(capacity) } : offer ? { capacity: null } : {}),
      requiresApproval: d.get('requiresApproval') === 'on',
      ...(offer ? {} : { status: d.get('publish') === 'on' ? 'published' : 'draft' }),
      ...(date
        ? {
            sessions: [
              {
                start: copenhagenInstant(date, get('from') || '09:00'),
                end: copenhagenInstant(date, get('to') || '12:00'),
              },
            ],
          }
        : {}),
    };
    if (offer) update.mutate({ id: offer.id, ...body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: () => setKey(key + 1) });
  };
  return (
    <form key={key} onSubmit={onSubmit} noValidate aria-labelledby="new-offer">
      <h2 id="new-offer">{offer ? t('offers.editTitle', { title: offer.titleDa }) : t('offers.new')}</h2>
      {fieldErrors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('offers.invalid')}</p>
            <ul className="alert-text">
              {fieldErrors.map((f) => (
                <li key={f.field}>
                  {t(`offers.${f.field}`, { defaultValue: f.field })}: {f.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {save.isError &&
        fieldErrors.length === 0 &&
        (save.error instanceof ApiProblemError ? (
          <p className="form-error-message">{save.error.problem.title}</p>
        ) : (
          <ErrorAlert />
        ))}
      {create.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('offers.created', { title: create.data.titleDa })}
        </p>
      )}
      {FIELDS.map((f) => (
        <div className="form-group" key={f}>
          <label className="form-label" htmlFor={`offer-${f}`}>
            {t(`offers.${f}`)}
          </label>
          {f.startsWith('description') ? (
            <textarea
              id={`offer-${f}`}
              name={f}
              className="form-input input-width-xl"
              rows={3}
              maxLength={5000}
              defaultValue={offer?.[f] ?? ''}
            />
          ) : (
            <input
              id={`offer-${f}`}
              name={f}
              className="form-input input-width-xl"
              maxLength={200}
              defaultValue={offer?.[f] ?? ''}
            />
          )}
        </div>
      ))}
      <div className="form-row">
        <div className="form-group">
          <label className="form-label" htmlFor="offer-kind">
            {t('offers.kind')}
          </label>
          <select id="offer-kind" name="kind" className="form-select" defaultValue={offer?.kind}>
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
          <select id="offer-mode" name="mode" className="form-select" defaultValue={offer?.mode}>
            {OFFER_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`offers.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-capacity">
            {t('offers.capacity')}
          </label>
          <input
            id="offer-capacity"
            name="capacity"
            type="number"
            min={1}
            className="form-input"
            defaultValue={offer?.capacity ?? ''}
          />
        </div>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="offer-location">
          {t('offers.location')}
        </label>
        <input
          id="offer-location"
          name="location"
          className="form-input input-width-xl"
          maxLength={200}
          defaultValue={offer?.location ?? ''}
        />
      </div>
      <div className="form-row">
        <div className="form-group">
          <label className="form-label" htmlFor="offer-date">
            {t('offers.date')}
          </label>
          <input id="offer-date" name="date" type="date" className="form-input" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-from">
            {t('offers.from')}
          </label>
          <input id="offer-from" name="from" type="time" className="form-input" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-to">
            {t('offers.to')}
          </label>
          <input id="offer-to" name="to" type="time" className="form-input" />
        </div>
      </div>
      <div className="form-group-checkbox">
        <input
          id="offer-approval"
          name="requiresApproval"
          type="checkbox"
          className="form-checkbox"
          defaultChecked={offer?.requiresApproval}
        />
        <label htmlFor="offer-approval">{t('offers.requiresApproval')}</label>
      </div>
      {!offer && (
        <div className="form-group-checkbox">
          <input id="offer-publish" name="publish" type="checkbox" className="form-checkbox" />
          <label htmlFor="offer-publish">{t('offers.publishNow')}</label>
        </div>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {offer ? t('offers.save') : t('offers.create')}
      </button>
      {offer && (
        <>
          {' '}
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('offers.cancelEdit')}
          </button>
        </>
      )}
    </form>
  );
}
