import {
  copenhagenDate,
  ErrorAlert,
  ErrorSummary,
  FormGroup,
  problemFieldErrors,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JOBLOG_STATUSES,
  type JoblogEntry,
  useJoblog,
  useLogApplication,
  useUpdateApplication,
} from '../modules/joblog/api/use-joblog';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** Joblog: log the jobs I apply for, and how it goes. */
export function JoblogPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('joblog.title'), t('appName'));
  return (
    <>
      <h1>{t('joblog.title')}</h1>
      <p className="font-lead">{t('joblog.intro')}</p>
      <SignedInOnly returnTo={ROUTES.joblog}>
        <LogForm />
        <Entries />
      </SignedInOnly>
    </>
  );
}

type Field = 'title' | 'employer' | 'appliedOn' | 'status' | 'notes';
const REQUIRED: Field[] = ['title', 'employer', 'appliedOn'];
const joblogFieldId = (field: Field) => `joblog-${field}`;

function LogForm() {
  const { t } = useTranslation('citizen');
  const log = useLogApplication();
  const [key, setKey] = useState(0);
  const { errors, report, summary } = useErrorSummary<Field>(joblogFieldId);
  const fieldErrors = problemFieldErrors(log.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const get = (k: string) => String(d.get(k) ?? '').trim();
    if (report(Object.fromEntries(REQUIRED.filter((k) => !get(k)).map((k) => [k, t(`joblog.errors.${k}`)])))) return;
    log.mutate(
      {
        employer: get('employer'),
        title: get('title'),
        appliedOn: get('appliedOn'),
        status: get('status') as JoblogEntry['status'],
        ...(get('notes') ? { notes: get('notes') } : {}),
      },
      {
        onSuccess: () => setKey(key + 1),
        onError: (error) =>
          report(
            Object.fromEntries(problemFieldErrors(error).map((e) => [e.field, t(`joblog.errors.${e.field as Field}`)])),
          ),
      },
    );
  };
  const field = (name: Field, label: string, input: ReactElement<{ id?: string }>) => (
    <FormGroup id={joblogFieldId(name)} label={label} error={errors[name]}>
      {input}
    </FormGroup>
  );
  return (
    <form key={key} onSubmit={onSubmit} noValidate aria-labelledby="log-title">
      <h2 id="log-title">{t('joblog.add')}</h2>
      <ErrorSummary {...summary} />
      {log.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('joblog.saved')}
        </p>
      )}
      {field(
        'title',
        t('joblog.jobTitle'),
        <input name="title" className="form-input input-width-xl" maxLength={200} />,
      )}
      {field(
        'employer',
        t('joblog.employer'),
        <input name="employer" className="form-input input-width-xl" maxLength={200} />,
      )}
      {field(
        'appliedOn',
        t('joblog.appliedOn'),
        <input
          name="appliedOn"
          type="date"
          className="form-input"
          max={copenhagenDate(new Date())}
          defaultValue={copenhagenDate(new Date())}
        />,
      )}
      {field(
        'status',
        t('joblog.status'),
        <select name="status" className="form-select">
          {JOBLOG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`joblog.statuses.${s}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'notes',
        t('joblog.notes'),
        <textarea name="notes" className="form-input input-width-xl" rows={2} maxLength={2000} />,
      )}
      {log.isError && fieldErrors.length === 0 && <ErrorAlert />}
      <button type="submit" className="button button-primary" disabled={log.isPending}>
        {t('joblog.save')}
      </button>
    </form>
  );
}

function Entries() {
  const { t, i18n } = useTranslation('citizen');
  const joblog = useJoblog();
  const update = useUpdateApplication();
  if (joblog.isError) return <ErrorAlert onRetry={() => void joblog.refetch()} />;
  if (!joblog.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return (
    <section aria-labelledby="applications">
      <h2 id="applications">{t('joblog.applications', { count: joblog.data.items.length })}</h2>
      {joblog.data.items.length === 0 && <p>{t('joblog.empty')}</p>}
      <ul className="nobullet-list" data-testid="joblog">
        {joblog.data.items.map((e) => (
          <li key={e.id} className="card">
            <div className="card-content">
              <h3 className="h4">
                {e.title} · {e.employer}
              </h3>
              <p>{t('joblog.appliedOnDate', { date: date.format(new Date(`${e.appliedOn}T00:00:00Z`)) })}</p>
              {e.notes && <p className="preserve-lines">{e.notes}</p>}
              <label className="form-label" htmlFor={`status-${e.id}`}>
                {t('joblog.status')}
              </label>
              <select
                id={`status-${e.id}`}
                className="form-select"
                value={e.status}
                onChange={(ev) => update.mutate({ id: e.id, status: ev.target.value as JoblogEntry['status'] })}
              >
                {JOBLOG_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`joblog.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </li>
        ))}
      </ul>
      {update.isError && <ErrorAlert />}
    </section>
  );
}
