import { ErrorAlert, FormFieldset, FormGroup, ScrollTable } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClientWebhookPath } from '../../../routes';
import {
  type ApiClient,
  type ApiClientWithSecret,
  type NewApiClient,
  useApiClients,
  useCreateApiClient,
  useRevokeApiClient,
  useRotateApiClient,
} from '../api/use-api-clients';

type Scope = NewApiClient['scopes'][number];
const SCOPES: Scope[] = [
  'citizens:read',
  'citizens:write',
  'outcomes:write',
  'meetings:read',
  'plans:read',
  'jobs:write',
  'offers:write',
  'events:read',
];

/** Administration → API clients: list, create (secret shown once), rotate, revoke. */
export function ApiClientAdmin() {
  const { t, i18n } = useTranslation('staff');
  const clients = useApiClients(true);
  const create = useCreateApiClient();
  const rotate = useRotateApiClient();
  const revoke = useRevokeApiClient();
  const [secret, setSecret] = useState<ApiClientWithSecret>();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [errors, setErrors] = useState<{ name?: boolean; scopes?: boolean }>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeZone: 'Europe/Copenhagen',
  });

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    const problems = { name: !name.trim(), scopes: scopes.length === 0 };
    setErrors(problems);
    if (problems.name || problems.scopes) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    create.mutate(
      { name: name.trim(), scopes },
      {
        onSuccess: (created) => {
          setSecret(created);
          setName('');
          setScopes([]);
        },
      },
    );
  };
  const onRotate = (client: ApiClient) => {
    if (window.confirm(t('apiClients.confirmRotate', { name: client.name })))
      rotate.mutate(client.id, { onSuccess: setSecret });
  };
  const onRevoke = (client: ApiClient) => {
    if (window.confirm(t('apiClients.confirmRevoke', { name: client.name }))) revoke.mutate(client.id);
  };

  return (
    <>
      {secret && (
        <div className="alert alert-success" role="status" data-testid="new-secret">
          <div className="alert-body">
            <p className="alert-heading">{t('apiClients.secretTitle')}</p>
            <p className="alert-text">{t('apiClients.secretBody', { name: secret.name })}</p>
            <p className="alert-text">
              {t('apiClients.clientId')}: <code>{secret.clientId}</code>
              <br />
              <code className="secret">{secret.clientSecret}</code>
            </p>
          </div>
        </div>
      )}
      {(create.isError || rotate.isError || revoke.isError) && <ErrorAlert />}
      {clients.isError && <ErrorAlert onRetry={() => void clients.refetch()} />}
      {clients.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {clients.data && clients.data.length === 0 && (
        <p className="alert alert-info alert-text">{t('apiClients.empty')}</p>
      )}
      {clients.data && clients.data.length > 0 && (
        <ScrollTable label={t('apiClients.title')}>
          <table className="table table--zebra">
            <caption className="sr-only">{t('apiClients.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiClients.name')}</th>
                <th scope="col">{t('apiClients.clientId')}</th>
                <th scope="col">{t('apiClients.scopes')}</th>
                <th scope="col">{t('apiClients.created')}</th>
                <th scope="col">{t('apiClients.status')}</th>
                <th scope="col">{t('apiClients.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.data.map((client) => (
                <tr key={client.id}>
                  <td>{client.name}</td>
                  <td>
                    <code>{client.clientId}</code>
                  </td>
                  <td>{client.scopes.join(', ')}</td>
                  <td>{date.format(new Date(client.createdAt))}</td>
                  <td>{client.revokedAt ? t('apiClients.revoked') : t('apiClients.active')}</td>
                  <td>
                    {!client.revokedAt && (
                      <>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => onRotate(client)}
                          aria-label={`${t('apiClients.rotate')}: ${client.name}`}
                        >
                          {t('apiClients.rotate')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => onRevoke(client)}
                          aria-label={`${t('apiClients.revoke')}: ${client.name}`}
                        >
                          {t('apiClients.revoke')}
                        </button>{' '}
                        {client.scopes.includes('events:read') && (
                          <Link
                            to={apiClientWebhookPath(client.id)}
                            aria-label={`${t('webhook.title')}: ${client.name}`}
                          >
                            {t('webhook.title')}
                          </Link>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}

      <h2>{t('apiClients.createHeading')}</h2>
      <form onSubmit={onCreate} noValidate>
        {(errors.name || errors.scopes) && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
            <div className="alert-body">
              <p className="alert-heading">{t('apiClients.errorSummary')}</p>
              <ul className="alert-text nobullet-list">
                {errors.name && (
                  <li>
                    <a href="#api-client-name">{t('apiClients.nameRequired')}</a>
                  </li>
                )}
                {errors.scopes && (
                  <li>
                    <a href="#scope-citizens-read">{t('apiClients.scopesRequired')}</a>
                  </li>
                )}
              </ul>
            </div>
          </div>
        )}
        <FormGroup
          id="api-client-name"
          label={t('apiClients.name')}
          hint={t('apiClients.nameHint')}
          error={errors.name && t('apiClients.nameRequired')}
        >
          <input
            className="form-input input-width-xl"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
        </FormGroup>
        <FormFieldset
          id="api-client-scopes"
          legend={t('apiClients.scopesLegend')}
          error={errors.scopes && t('apiClients.scopesRequired')}
        >
          <ul className="nobullet-list">
            {SCOPES.map((scope) => {
              const id = `scope-${scope.replace(':', '-')}`;
              return (
                <li key={scope}>
                  <input
                    id={id}
                    type="checkbox"
                    className="form-checkbox"
                    checked={scopes.includes(scope)}
                    onChange={(e) =>
                      setScopes((current) =>
                        e.target.checked ? [...current, scope] : current.filter((s) => s !== scope),
                      )
                    }
                  />
                  <label htmlFor={id}>{scope}</label>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('apiClients.create')}
        </button>
      </form>
    </>
  );
}
