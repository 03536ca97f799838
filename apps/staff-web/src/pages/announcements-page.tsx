import { ApiProblemError } from '@jobunivers/api-client';
import {
  ErrorAlert,
  FieldErrorsAlert,
  formatDateTime,
  FormGroup,
  Pagination,
  ScrollTable,
  usePageTitle,
} from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncements, useSendAnnouncement } from '../modules/announcements/api/use-announcements';

/** Meddelelser: a team lead tells all the jobcentre's citizens something (in-app, push, e-mail by their choices). */
export function AnnouncementsPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('announcements.title'), t('appName'));
  const me = useMe();
  const canSend = (me.data?.roles ?? []).some((r) => r === 'team_lead' || r === 'municipality_admin');
  const [page, setPage] = useState(1);
  const list = useAnnouncements(page);
  const send = useSendAnnouncement();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const errors =
    send.error instanceof ApiProblemError && send.error.status === 400
      ? ((send.error.problem as { errors?: Array<{ field: string; message: string }> }).errors ?? [])
      : [];
  return (
    <>
      <h1>{t('announcements.title')}</h1>
      <p className="font-lead">{t('announcements.intro')}</p>
      {canSend && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate({ title, body }, { onSuccess: () => (setTitle(''), setBody('')) });
          }}
        >
          <FieldErrorsAlert errors={errors} />
          {send.isError && errors.length === 0 && <ErrorAlert />}
          {send.isSuccess && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">{t('announcements.sent')}</p>
              </div>
            </div>
          )}
          <div className="form-group">
            <label className="form-label" htmlFor="announcement-title">
              {t('announcements.field.title')}
            </label>
            <input
              id="announcement-title"
              className="form-input input-width-xl"
              maxLength={120}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <FormGroup
            id="announcement-body"
            label={t('announcements.field.body')}
            hint={t('announcements.field.bodyHint')}
          >
            <textarea
              className="form-input input-width-xl"
              rows={4}
              maxLength={1000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </FormGroup>
          <button type="submit" className="button button-primary" disabled={send.isPending}>
            {t('announcements.send')}
          </button>
        </form>
      )}
      <h2>{t('announcements.sentTitle')}</h2>
      {list.isError && <ErrorAlert onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p>{t('announcements.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable label={t('announcements.sentTitle')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('announcements.col.title')}</th>
                <th scope="col">{t('announcements.col.by')}</th>
                <th scope="col">{t('announcements.col.sent')}</th>
                <th scope="col">{t('announcements.col.recipients')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <strong>{a.title}</strong>
                    <br />
                    {a.body}
                  </td>
                  <td>{a.createdByName}</td>
                  <td>{formatDateTime(a.createdAt, i18n.language)}</td>
                  <td>
                    {a.completedAt
                      ? t('announcements.done', { count: a.recipients })
                      : t('announcements.going', { count: a.recipients })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {list.data && (
        <Pagination page={list.data.page} totalPages={list.data.totalPages} total={list.data.total} onPage={setPage} />
      )}
    </>
  );
}
