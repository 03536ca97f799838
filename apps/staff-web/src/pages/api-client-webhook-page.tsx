import { ApiProblemError } from '@jobunivers/api-client';
import {
  ErrorAlert,
  FieldErrorsAlert,
  formatDateTime,
  FormFieldset,
  FormGroup,
  Pagination,
  ScrollTable,
  usePageTitle,
} from '@jobunivers/web/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApiClients } from '../modules/api-clients/api/use-api-clients';
import {
  useRemoveWebhook,
  useSaveWebhook,
  useWebhook,
  useWebhookDeliveries,
  type WebhookInput,
} from '../modules/api-clients/api/use-webhook';
import { ROUTES } from '../routes';

type EventType = NonNullable<WebhookInput['types']>[number];
/** The contract's CloudEvents types, in the order shown (the record makes tsc name a missing or unknown one). */
const EVENT_TYPES = Object.keys({
  'dk.jobunivers.citizens.registered': true,
  'dk.jobunivers.screening.recorded': true,
  'dk.jobunivers.screening.contact_exempted': true,
  'dk.jobunivers.screening.contact_exemption_lifted': true,
  'dk.jobunivers.meetings.booked': true,
  'dk.jobunivers.meetings.rescheduled': true,
  'dk.jobunivers.meetings.cancelled': true,
  'dk.jobunivers.meetings.held': true,
  'dk.jobunivers.meetings.no_show': true,
  'dk.jobunivers.meetings.visitation_held': true,
  'dk.jobunivers.offers.plan_changed': true,
  'dk.jobunivers.offers.application_decided': true,
  'dk.jobunivers.citizens.outcome_reported': true,
} satisfies Record<EventType, true>) as EventType[];

/** Administration → an API client's webhook: URL and event types, the signing secret (shown once), the delivery log. */
export function ApiClientWebhookPage() {
  const { t, i18n } = useTranslation('staff');
  const { id = '' } = useParams();
  const clients = useApiClients(true);
  const client = clients.data?.find((c) => c.id === id);
  usePageTitle(t('webhook.titleFor', { name: client?.name ?? '' }), t('appName'));
  const webhook = useWebhook(id);
  const save = useSaveWebhook(id);
  const remove = useRemoveWebhook(id);
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(id, page, Boolean(webhook.data));
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<EventType[]>([]);
  const [secret, setSecret] = useState<string | undefined>();
  useEffect(() => {
    if (webhook.data) {
      setUrl(webhook.data.url);
      setTypes(webhook.data.types);
    }
  }, [webhook.data]);
  const errors =
    save.error instanceof ApiProblemError
      ? ((save.error.problem as { errors?: Array<{ field: string; message: string }> }).errors ?? [
          { field: 'url', message: save.error.problem.title },
        ])
      : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ url, types }, { onSuccess: (saved) => saved.secret && setSecret(saved.secret) });
  };
  const toggle = (type: EventType) =>
    setTypes((current) => (current.includes(type) ? current.filter((x) => x !== type) : [...current, type]));
  return (
    <>
      <p>
        <Link to={ROUTES.apiClients}>{t('webhook.back')}</Link>
      </p>
      <h1>{t('webhook.titleFor', { name: client?.name ?? '' })}</h1>
      <p className="font-lead">{t('webhook.intro')}</p>
      {webhook.isError && <ErrorAlert onRetry={() => void webhook.refetch()} />}
      {secret && (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('webhook.secretTitle')}</p>
            <p className="alert-text secret">
              <code>{secret}</code>
            </p>
            <p className="alert-text">{t('webhook.secretHint')}</p>
          </div>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <FieldErrorsAlert errors={errors} />
        {save.isSuccess && !secret && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-text">{t('webhook.saved')}</p>
            </div>
          </div>
        )}
        <FormGroup id="webhook-url" label={t('webhook.url')} hint={t('webhook.urlHint')}>
          <input
            type="url"
            className="form-input input-width-xl"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </FormGroup>
        <FormFieldset id="webhook-types" legend={t('webhook.types')} hint={t('webhook.typesHint')}>
          <ul className="nobullet-list">
            {EVENT_TYPES.map((type) => (
              <li key={type}>
                <input
                  id={`type-${type}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={types.includes(type)}
                  onChange={() => toggle(type)}
                />
                <label htmlFor={`type-${type}`}>
                  <code>{type}</code>
                </label>
              </li>
            ))}
          </ul>
        </FormFieldset>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {webhook.data ? t('webhook.save') : t('webhook.create')}
        </button>{' '}
        {webhook.data && (
          <button
            type="button"
            className="button button-secondary"
            disabled={remove.isPending}
            onClick={() =>
              window.confirm(t('webhook.confirmRemove', { name: client?.name ?? '' })) &&
              remove.mutate(undefined, { onSuccess: () => (setUrl(''), setTypes([]), setSecret(undefined)) })
            }
          >
            {t('webhook.remove')}
          </button>
        )}
      </form>
      {webhook.data && (
        <>
          <h2>{t('webhook.deliveries')}</h2>
          <p>{t('webhook.status', { cursor: webhook.data.cursor, attempts: webhook.data.attempts })}</p>
          {deliveries.isError && <ErrorAlert onRetry={() => void deliveries.refetch()} />}
          {deliveries.data && deliveries.data.items.length === 0 && <p>{t('webhook.noDeliveries')}</p>}
          {deliveries.data && deliveries.data.items.length > 0 && (
            <ScrollTable label={t('webhook.deliveries')}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('webhook.col.when')}</th>
                    <th scope="col">{t('webhook.col.event')}</th>
                    <th scope="col">{t('webhook.col.attempt')}</th>
                    <th scope="col">{t('webhook.col.outcome')}</th>
                    <th scope="col">{t('webhook.col.response')}</th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.data.items.map((d) => (
                    <tr key={d.id}>
                      <td>{formatDateTime(d.attemptedAt, i18n.language)}</td>
                      <td>
                        <code>{d.eventType}</code>
                      </td>
                      <td>{d.attempt}</td>
                      <td>{t(`webhook.outcome.${d.outcome}`)}</td>
                      <td>
                        {d.responseStatus ?? d.error ?? ''} ({d.durationMs} ms)
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
          {deliveries.data && (
            <Pagination
              page={deliveries.data.page}
              totalPages={deliveries.data.totalPages}
              total={deliveries.data.total}
              onPage={setPage}
            />
          )}
        </>
      )}
    </>
  );
}
