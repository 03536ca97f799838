import { ApiProblemError } from '@jobunivers/api-client';
import {
  addDays,
  copenhagenDate,
  ErrorAlert,
  ErrorSummary,
  formatDateTime,
  formatDay,
  FormFieldset,
  FormGroup,
  STAFF_TEXT_LANGUAGE,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  icsHref,
  type Meeting,
  type MeetingForm,
  type Slot,
  useAcceptMeeting,
  useCancelMeeting,
  useMeeting,
  useRateMeeting,
  useRequestChange,
  useReschedule,
  useSlots,
} from '../modules/meetings/api/use-meetings';
import { FormChoice } from '../modules/meetings/components/form-choice';
import { MeetingFacts } from '../modules/meetings/components/meeting-summary';
import { SlotPicker, slotKey } from '../modules/meetings/components/slot-picker';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** One meeting: join, add to calendar, accept, change, cancel; afterwards the summary and a rating. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('citizen');
  usePageTitle(t('meeting.title'), t('appName'));
  return (
    <SignedInOnly returnTo={ROUTES.meetings}>
      <MeetingDetail key={id} id={id} />
    </SignedInOnly>
  );
}

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation('citizen');
  if (error instanceof ApiProblemError && error.status === 409) {
    return (
      <div className="alert alert-warning" role="alert">
        <div className="alert-body">
          <p className="alert-text">
            {t(`meeting.problems.${error.problem.code}`, { defaultValue: t('meeting.problems.generic') })}
          </p>
        </div>
      </div>
    );
  }
  return error ? <ErrorAlert /> : null;
}

function MeetingDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation('citizen');
  const booked = (useLocation().state as { booked?: boolean } | null)?.booked;
  const meeting = useMeeting(id);
  const [mode, setMode] = useState<'view' | 'reschedule' | 'cancel' | 'change'>('view');
  const [rescheduled, setRescheduled] = useState(false);
  const accept = useAcceptMeeting(id);
  if (meeting.error instanceof ApiProblemError && meeting.error.status === 404) return <h1>{t('meeting.notFound')}</h1>;
  if (meeting.isError) return <ErrorAlert onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const m = meeting.data;
  const upcoming = m.status === 'invited' || m.status === 'booked' || m.status === 'change_requested';
  return (
    <>
      <h1>{t(`meetings.kinds.${m.kind}`)}</h1>
      {booked && mode === 'view' && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t('meeting.bookedTitle')}</p>
            <p className="alert-text">{t('meeting.booked', { when: formatDateTime(m.start, i18n.language) })}</p>
          </div>
        </div>
      )}
      {rescheduled && mode === 'view' && (
        <div className="alert alert-success" role="status" data-testid="rescheduled">
          <div className="alert-body">
            <p className="alert-heading">{t('meeting.rescheduledTitle')}</p>
            <p className="alert-text">{t('meeting.rescheduled', { when: formatDateTime(m.start, i18n.language) })}</p>
          </div>
        </div>
      )}
      {m.status === 'invited' && (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('meeting.invitation')}</p>
          </div>
        </div>
      )}
      <MeetingFacts meeting={m} />
      {upcoming && m.mustAttend && (
        <div className="alert alert-warning" role="note" data-testid="duty-to-attend">
          <div className="alert-body">
            <p className="alert-heading">{t('meeting.mustAttendTitle')}</p>
            <p className="alert-text">{t('meeting.mustAttend')}</p>
            {m.moveBy && m.changeable && (
              <p className="alert-text">
                {t('meeting.moveBy', { date: formatDay(`${m.moveBy}T12:00:00Z`, i18n.language) })}
              </p>
            )}
          </div>
        </div>
      )}
      {upcoming && m.form === 'video' && m.videoUrl && (
        <p>
          <a className="button button-primary" href={m.videoUrl} target="_blank" rel="noreferrer">
            {t('meeting.join')}
          </a>
        </p>
      )}
      {upcoming && (
        <p>
          <a href={icsHref(m.id, i18n.language)} download>
            {t('meeting.addToCalendar')}
          </a>
        </p>
      )}
      {m.changeRequest && m.status === 'change_requested' && (
        <p>{t('meeting.changeRequested', { message: m.changeRequest.message })}</p>
      )}
      {m.cancelReason && <p>{t('meeting.cancelReason', { reason: m.cancelReason })}</p>}
      {upcoming && mode === 'view' && (
        <div className="meeting-actions">
          {m.status === 'invited' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => accept.mutate(undefined)}
              disabled={accept.isPending}
            >
              {t('meeting.accept')}
            </button>
          )}{' '}
          {m.changeable ? (
            <>
              <button type="button" className="button button-secondary" onClick={() => setMode('reschedule')}>
                {t('meeting.reschedule')}
              </button>{' '}
              {m.cancellable && (
                <button type="button" className="button button-secondary" onClick={() => setMode('cancel')}>
                  {t('meeting.cancel')}
                </button>
              )}
            </>
          ) : (
            <p>{t('meeting.tooLate', { until: formatDateTime(m.changeableUntil, i18n.language) })}</p>
          )}{' '}
          <button type="button" className="button button-tertiary" onClick={() => setMode('change')}>
            {t('meeting.askChange')}
          </button>
          <Problem error={accept.error} />
        </div>
      )}
      {mode === 'reschedule' && (
        <RescheduleForm
          meeting={m}
          onDone={(moved) => {
            setRescheduled(moved);
            setMode('view');
          }}
        />
      )}
      {mode === 'cancel' && <CancelForm meeting={m} onDone={() => setMode('view')} />}
      {mode === 'change' && <ChangeRequestForm meeting={m} onDone={() => setMode('view')} />}
      {m.sharedSummary && (
        <section aria-labelledby="summary" className="card">
          <div className="card-content">
            <h2 id="summary">{t('meeting.summary')}</h2>
            <p data-testid="shared-summary" className="preserve-lines" lang={STAFF_TEXT_LANGUAGE}>
              {m.sharedSummary}
            </p>
          </div>
        </section>
      )}
      {m.status === 'held' && <RatingForm meeting={m} />}
      <p>
        <Link to={ROUTES.meetings}>{t('meeting.back')}</Link>
      </p>
    </>
  );
}

function RescheduleForm({ meeting, onDone }: { meeting: Meeting; onDone: (moved: boolean) => void }) {
  const { t } = useTranslation('citizen');
  const [form, setForm] = useState<MeetingForm>(meeting.form);
  const [slot, setSlot] = useState<Slot>();
  const { errors, report, summary } = useErrorSummary<'slot'>(() => 'reschedule-slots');
  const today = copenhagenDate(new Date());
  // A visitation meeting moves only within its deadline (moveBy); others within the next 20 days.
  const latest = meeting.moveBy && meeting.moveBy < addDays(today, 20) ? meeting.moveBy : addDays(today, 20);
  const slots = useSlots(form, today, latest);
  const reschedule = useReschedule(meeting.id);
  const ownSlots = slots.data?.filter(
    (s) => s.caseworkerId === meeting.caseworkerId && copenhagenDate(s.start) <= latest,
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (report({ slot: !slot && t('book.chooseTime') })) return;
    if (slot) reschedule.mutate({ start: slot.start, form }, { onSuccess: () => onDone(true) });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reschedule-title">
      <h2 id="reschedule-title">{t('meeting.rescheduleTitle')}</h2>
      <ErrorSummary {...summary} />
      <FormChoice
        legend={t('book.formLegend')}
        value={form}
        onChange={(f) => {
          setForm(f);
          setSlot(undefined);
        }}
      />
      <h3>{t('book.steps.time')}</h3>
      {slots.isError && <ErrorAlert onRetry={() => void slots.refetch()} />}
      {ownSlots?.length === 0 && <p>{t('book.noTimes')}</p>}
      {ownSlots && ownSlots.length > 0 && (
        <div id="reschedule-slots">
          {errors.slot && <p className="form-error-message">{errors.slot}</p>}
          <SlotPicker slots={ownSlots} value={slot ? slotKey(slot) : undefined} onChange={setSlot} />
        </div>
      )}
      <Problem error={reschedule.error} />
      <button type="submit" className="button button-primary" disabled={reschedule.isPending}>
        {t('meeting.saveChange')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
        {t('meeting.keep')}
      </button>
    </form>
  );
}

function CancelForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t, i18n } = useTranslation('citizen');
  const cancel = useCancelMeeting(meeting.id);
  const { errors, report, summary } = useErrorSummary<'reason'>(() => 'cancel-reason');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!report({ reason: !reason && t('meeting.reasonRequired') })) cancel.mutate(reason, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('meeting.cancelTitle')}</h2>
      <p>{t('meeting.cancelConfirm', { when: formatDateTime(meeting.start, i18n.language) })}</p>
      <ErrorSummary {...summary} />
      <FormGroup id="cancel-reason" label={t('meeting.cancelReasonLabel')} error={errors.reason}>
        <textarea name="reason" className="form-input input-width-xl" rows={3} maxLength={500} />
      </FormGroup>
      <Problem error={cancel.error} />
      <button type="submit" className="button button-primary" disabled={cancel.isPending}>
        {t('meeting.confirmCancel')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onDone}>
        {t('meeting.keep')}
      </button>
    </form>
  );
}

function ChangeRequestForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation('citizen');
  const change = useRequestChange(meeting.id);
  const [form, setForm] = useState<MeetingForm>();
  const { errors, report, summary } = useErrorSummary<'message'>(() => 'change-message');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    if (!report({ message: !message && t('meeting.messageRequired') }))
      change.mutate({ message, ...(form && form !== meeting.form ? { form } : {}) }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-title">
      <h2 id="change-title">{t('meeting.askChange')}</h2>
      <ErrorSummary {...summary} />
      <FormChoice legend={t('meeting.wishedForm')} value={form} onChange={setForm} />
      <FormGroup id="change-message" label={t('meeting.changeMessage')} error={errors.message}>
        <textarea name="message" className="form-input input-width-xl" rows={3} maxLength={500} />
      </FormGroup>
      <Problem error={change.error} />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {t('meeting.sendChange')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onDone}>
        {t('meeting.keep')}
      </button>
    </form>
  );
}

function RatingForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('citizen');
  const rate = useRateMeeting(meeting.id);
  const [score, setScore] = useState<number | undefined>(meeting.rating?.score);
  const { errors, report, summary } = useErrorSummary<'score'>(() => 'rating-score');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '').trim();
    if (report({ score: !score && t('meeting.scoreRequired') })) return;
    if (score) rate.mutate({ score, ...(comment ? { comment } : {}) });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rate-title">
      <h2 id="rate-title">{t('meeting.rateTitle')}</h2>
      {(rate.isSuccess || meeting.rating) && !rate.isPending && (
        <p role="status" data-testid="rating-saved">
          {t('meeting.rated', { score: meeting.rating?.score ?? score })}
        </p>
      )}
      <ErrorSummary {...summary} />
      <FormFieldset id="rating-score" legend={t('meeting.rateLegend')} error={errors.score}>
        <ul className="nobullet-list rating-scale">
          {([1, 2, 3, 4, 5] as const).map((n) => (
            <li key={n}>
              <input
                className="form-radio"
                type="radio"
                name="score"
                id={`score-${n}`}
                checked={score === n}
                onChange={() => setScore(n)}
              />
              <label htmlFor={`score-${n}`}>{t(`meeting.scores.${n}`)}</label>
            </li>
          ))}
        </ul>
      </FormFieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="rating-comment">
          {t('meeting.ratingComment')}
        </label>
        <textarea
          id="rating-comment"
          name="comment"
          className="form-input input-width-xl"
          rows={3}
          maxLength={1000}
          defaultValue={meeting.rating?.comment ?? ''}
        />
      </div>
      {rate.isError && <ErrorAlert />}
      <button type="submit" className="button button-primary" disabled={rate.isPending}>
        {t('meeting.sendRating')}
      </button>
    </form>
  );
}
