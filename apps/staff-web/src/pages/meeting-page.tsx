import { ApiProblemError } from '@jobunivers/api-client';
import {
  copenhagenDate,
  copenhagenInstant,
  ErrorAlert,
  formatDateTime,
  formatTime,
  FormFieldset,
  FormGroup,
  usePageTitle,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ProblemAlert } from '../modules/meetings/components/problem-alert';
import {
  MEETING_FORMS,
  type MeetingForm,
  type StaffMeeting,
  UPCOMING,
  useMoveMeeting,
  useOutcome,
  useStaffMeeting,
} from '../modules/meetings/api/use-meetings';
import { citizenPath, ROUTES } from '../routes';

/** A meeting: facts, the citizen's change request, move it, and the outcome with the shared summary and the internal note. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const purpose = (useLocation().state as { purpose?: string } | null)?.purpose;
  return <MeetingDetail key={id} id={id} purpose={purpose} />;
}

function MeetingDetail({ id, purpose }: { id: string; purpose?: string }) {
  const { t, i18n } = useTranslation('staff');
  const meeting = useStaffMeeting(id, purpose);
  usePageTitle(t('meeting.title'), t('appName'));
  const error = meeting.error instanceof ApiProblemError ? meeting.error : undefined;
  if (error?.status === 404) return <h1>{t('meeting.notFound')}</h1>;
  if (error?.status === 403) return <h1>{t('meeting.forbidden')}</h1>;
  if (meeting.isError) return <ErrorAlert onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const m = meeting.data;
  return (
    <>
      <h1>
        {t(`meetings.kinds.${m.kind}`)}: {m.citizenName}
      </h1>
      <dl className="citizen-facts">
        <dt>{t('meetings.when')}</dt>
        <dd data-testid="meeting-when">
          {formatDateTime(m.start, i18n.language)}–{formatTime(m.end, i18n.language)}
        </dd>
        <dt>{t('meetings.form')}</dt>
        <dd data-testid="meeting-form">{t(`meetings.forms.${m.form}`)}</dd>
        <dt>{t('meetings.statusLabel')}</dt>
        <dd data-testid="meeting-status">{t(`meetings.status.${m.status}`)}</dd>
        <dt>{t('meetings.citizen')}</dt>
        <dd>
          <Link to={citizenPath(m.citizenId)} state={{ purpose }}>
            {m.citizenName}
          </Link>
        </dd>
        <dt>{t('meetings.caseworker')}</dt>
        <dd>{m.caseworkerName}</dd>
        {m.topic && (
          <>
            <dt>{t('meetings.topic')}</dt>
            <dd>{m.topic}</dd>
          </>
        )}
        {m.address && (
          <>
            <dt>{t('meetings.where')}</dt>
            <dd>{m.address}</dd>
          </>
        )}
        {m.phoneNumber && (
          <>
            <dt>{t('meetings.phone')}</dt>
            <dd>{m.phoneNumber}</dd>
          </>
        )}
        {m.videoUrl && (
          <>
            <dt>{t('meetings.video')}</dt>
            <dd>
              <a href={m.videoUrl} target="_blank" rel="noreferrer">
                {t('meetings.join')}
              </a>
            </dd>
          </>
        )}
        {m.rating && (
          <>
            <dt>{t('meetings.rating')}</dt>
            <dd>
              {m.rating.score}/5 {m.rating.comment && `– ${m.rating.comment}`}
            </dd>
          </>
        )}
      </dl>
      {m.changeRequest && m.status === 'change_requested' && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t('meeting.changeRequested')}</p>
            <p className="alert-text">
              {m.changeRequest.message}
              {m.changeRequest.form &&
                ` (${t('meeting.wants', { form: t(`meetings.forms.${m.changeRequest.form}`) })})`}
            </p>
          </div>
        </div>
      )}
      {UPCOMING.includes(m.status) && <MoveForm meeting={m} purpose={purpose} />}
      <OutcomeForm meeting={m} purpose={purpose} />
      <p>
        <Link to={ROUTES.calendar}>{t('meeting.backToCalendar')}</Link>
      </p>
    </>
  );
}

function MoveForm({ meeting, purpose }: { meeting: StaffMeeting; purpose?: string }) {
  const { t } = useTranslation('staff');
  const move = useMoveMeeting(meeting.id, purpose);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = String(data.get('date') ?? '');
    const time = String(data.get('time') ?? '');
    move.mutate({ start: copenhagenInstant(date, time), form: String(data.get('form')) as MeetingForm });
  };
  const start = new Date(meeting.start);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="move-title">
      <h2 id="move-title">{t('meeting.move')}</h2>
      <div className="form-row">
        <div className="form-group">
          <label className="form-label" htmlFor="move-date">
            {t('meetings.date')}
          </label>
          <input
            id="move-date"
            name="date"
            type="date"
            className="form-input"
            defaultValue={copenhagenDate(start)}
            required
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="move-time">
            {t('meetings.time')}
          </label>
          <input
            id="move-time"
            name="time"
            type="time"
            className="form-input"
            step={900}
            defaultValue={formatTime(meeting.start, 'en')}
            required
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="move-form">
            {t('meetings.form')}
          </label>
          <select
            id="move-form"
            name="form"
            className="form-select"
            defaultValue={meeting.changeRequest?.form ?? meeting.form}
          >
            {MEETING_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`meetings.forms.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProblemAlert error={move.error} />
      {move.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('meeting.moved')}
        </p>
      )}
      <button type="submit" className="button button-secondary" disabled={move.isPending}>
        {t('meeting.saveMove')}
      </button>
    </form>
  );
}

function OutcomeForm({ meeting, purpose }: { meeting: StaffMeeting; purpose?: string }) {
  const { t } = useTranslation('staff');
  const outcome = useOutcome(meeting.id, purpose);
  // As the API: held from the meeting's day on, no-show once it has started, cancelled while upcoming.
  const started = Date.parse(meeting.start) <= Date.now();
  const itsDay = copenhagenDate(meeting.start) <= copenhagenDate(new Date());
  const cancelled = meeting.status.startsWith('cancelled');
  const options = (['held', 'no_show', 'cancelled_by_jobcentre'] as const).filter((o) =>
    o === 'cancelled_by_jobcentre'
      ? UPCOMING.includes(meeting.status)
      : !cancelled && (o === 'held' ? itsDay : started),
  );
  const [choice, setChoice] = useState<(typeof options)[number] | undefined>(
    meeting.status === 'held' || meeting.status === 'no_show' ? meeting.status : undefined,
  );
  const [missing, setMissing] = useState(false);
  if (options.length === 0) return null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setMissing(!choice);
    if (choice)
      outcome.mutate({
        outcome: choice,
        sharedSummary: String(data.get('sharedSummary') ?? ''),
        internalNote: String(data.get('internalNote') ?? ''),
      });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('meeting.outcome')}</h2>
      <FormFieldset
        id="outcome-choice"
        legend={t('meeting.outcomeLegend')}
        error={missing && t('meeting.outcomeRequired')}
      >
        {options.map((o) => (
          <div key={o} className="form-group-radio">
            <input
              className="form-radio"
              type="radio"
              id={`outcome-${o}`}
              name="outcome"
              checked={choice === o}
              onChange={() => setChoice(o)}
            />
            <label htmlFor={`outcome-${o}`}>{t(`meeting.outcomes.${o}`)}</label>
          </div>
        ))}
      </FormFieldset>
      <FormGroup id="shared-summary" label={t('meeting.sharedSummary')} hint={t('meeting.sharedSummaryHint')}>
        <textarea
          name="sharedSummary"
          className="form-input input-width-xl"
          rows={4}
          maxLength={5000}
          defaultValue={meeting.sharedSummary ?? ''}
        />
      </FormGroup>
      <FormGroup id="internal-note" label={t('meeting.internalNote')} hint={t('meeting.internalNoteHint')}>
        <textarea
          name="internalNote"
          className="form-input input-width-xl"
          rows={3}
          maxLength={5000}
          defaultValue={meeting.internalNote ?? ''}
        />
      </FormGroup>
      <ProblemAlert error={outcome.error} />
      {outcome.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('meeting.outcomeSaved')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={outcome.isPending}>
        {t('meeting.saveOutcome')}
      </button>
    </form>
  );
}
