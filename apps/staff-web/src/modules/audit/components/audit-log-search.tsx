import { ErrorAlert, FormGroup, Pagination, ScrollTable } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useStaffUsers } from '../../staff-users/api/use-staff-users';
import { type AuditFilter, useAuditLog } from '../api/use-audit-log';
import { AuditCitizenFinder } from './audit-citizen-finder';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
type Action = 'read' | 'create' | 'update' | 'delete' | 'reveal' | 'export';

/** Auditlog: who did what with which citizen's data; filters live in the URL so a search can be shared. */
export function AuditLogSearch() {
  const { t, i18n } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    citizenId: params.get('borger') ?? undefined,
    actorId: params.get('medarbejder') ?? undefined,
    from: params.get('fra') ?? undefined,
    to: params.get('til') ?? undefined,
    page: Math.max(1, Number(params.get('side')) || 1),
  };
  const validCitizen = !filter.citizenId || UUID.test(filter.citizenId);
  const log = useAuditLog(filter, validCitizen);
  const staff = useStaffUsers(1);
  const [citizenError, setCitizenError] = useState(!validCitizen);
  const citizenRef = useRef<HTMLInputElement>(null);
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    if (value('borger') && !UUID.test(value('borger'))) {
      setCitizenError(true);
      citizenRef.current?.focus();
      return;
    }
    setCitizenError(false);
    const next = new URLSearchParams();
    for (const name of ['borger', 'medarbejder', 'fra', 'til']) if (value(name)) next.set(name, value(name));
    setParams(next);
  };
  const onPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('side', String(page));
    setParams(next);
  };

  const onChooseCitizen = (citizenId: string) => {
    const next = new URLSearchParams(params);
    next.set('borger', citizenId);
    next.delete('side');
    setCitizenError(false);
    setParams(next);
  };

  return (
    <>
      <AuditCitizenFinder onChoose={onChooseCitizen} />
      <form onSubmit={onSearch} noValidate className="audit-filters" key={params.toString()}>
        <FormGroup
          id="audit-citizen"
          label={t('audit.citizen')}
          hint={t('audit.citizenHint')}
          error={citizenError && t('audit.citizenInvalid')}
        >
          <input ref={citizenRef} name="borger" className="form-input input-width-xl" defaultValue={filter.citizenId} />
        </FormGroup>
        <div className="form-group">
          <label className="form-label" htmlFor="audit-actor">
            {t('audit.actor')}
          </label>
          <select id="audit-actor" name="medarbejder" className="form-select" defaultValue={filter.actorId ?? ''}>
            <option value="">{t('audit.anyone')}</option>
            {staff.data?.items.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="audit-from">
            {t('audit.from')}
          </label>
          <input id="audit-from" name="fra" type="date" className="form-input" defaultValue={filter.from} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="audit-to">
            {t('audit.to')}
          </label>
          <input id="audit-to" name="til" type="date" className="form-input" defaultValue={filter.to} />
        </div>
        <button type="submit" className="button button-primary">
          {t('audit.search')}
        </button>
      </form>

      {log.isError && <ErrorAlert onRetry={() => void log.refetch()} />}
      {log.isPending && validCitizen && <p>{t('loading', { ns: 'common' })}</p>}
      {log.data && log.data.total === 0 && <p className="alert alert-info alert-text">{t('audit.empty')}</p>}
      {log.data && log.data.total > 0 && (
        <>
          <ScrollTable label={t('audit.title')}>
            <table className="table table--zebra">
              <caption>{t('audit.caption', { total: log.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.citizen')}</th>
                  <th scope="col">{t('audit.purpose')}</th>
                  <th scope="col">{t('audit.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((event) => (
                  <tr key={event.id}>
                    <td>{time.format(new Date(event.occurredAt))}</td>
                    <td>
                      {event.actorName}
                      {event.actorKind === 'client' && ` (${t('audit.system')})`}
                    </td>
                    <td>{t(`audit.actions.${event.action as Action}`)}</td>
                    <td>
                      <code>{event.resource}</code>
                    </td>
                    <td>{event.citizenId ? <code>{event.citizenId.slice(0, 8)}</code> : '–'}</td>
                    <td>{event.purpose ?? '–'}</td>
                    <td>{event.outcome === 'allowed' ? t('audit.allowed') : t('audit.denied')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pagination page={log.data.page} totalPages={log.data.totalPages} total={log.data.total} onPage={onPage} />
        </>
      )}
    </>
  );
}
