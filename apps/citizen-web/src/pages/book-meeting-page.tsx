import { ApiProblemError } from '@jobunivers/api-client';
import {
  addDays,
  copenhagenDate,
  ErrorAlert,
  ErrorSummary,
  formatDateTime,
  FormGroup,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type MeetingForm, type Slot, useBookMeeting, useSlots } from '../modules/meetings/api/use-meetings';
import { FormChoice } from '../modules/meetings/components/form-choice';
import { SlotPicker, slotKey } from '../modules/meetings/components/slot-picker';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { meetingPath, ROUTES } from '../routes';

const STEPS = ['form', 'time', 'topic', 'confirm'] as const;
type Field = 'form' | 'slot';
const FIELD_IDS: Record<Field, string> = { form: 'meeting-form', slot: 'meeting-slots' };
const fieldId = (field: Field) => FIELD_IDS[field];

/** Book a meeting: a short wizard — form → time → what to talk about → confirm. */
export function BookMeetingPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('book.title'), t('appName'));
  return (
    <>
      <h1>{t('book.title')}</h1>
      <SignedInOnly returnTo={ROUTES.bookMeeting}>
        <BookingWizard />
      </SignedInOnly>
    </>
  );
}

function BookingWizard() {
  const { t, i18n } = useTranslation('citizen');
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [form, setForm] = useState<MeetingForm>();
  const [slot, setSlot] = useState<Slot>();
  const [topic, setTopic] = useState('');
  const { errors, report, clear, summary } = useErrorSummary<Field>(fieldId);
  // A new step moves focus to its heading, so the next Tab reaches the step's first field (not the page's end).
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);
  const today = copenhagenDate(new Date());
  const [to, setTo] = useState(addDays(today, 13));
  const slots = useSlots(form, today, to);
  const book = useBookMeeting();
  // Taken meanwhile (409) or no longer a free time, e.g. it has begun (422): choose again from fresh times.
  const taken = book.error instanceof ApiProblemError && (book.error.status === 409 || book.error.status === 422);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (
      report({ form: step === 0 && !form && t('book.chooseForm'), slot: step === 1 && !slot && t('book.chooseTime') })
    )
      return;
    if (step < 3) setStep(step + 1);
    else if (form && slot)
      book.mutate(
        { start: slot.start, form, caseworkerId: slot.caseworkerId, ...(topic.trim() ? { topic: topic.trim() } : {}) },
        {
          onSuccess: (meeting) => navigate(meetingPath(meeting.id), { state: { booked: true } }),
          onError: () => {
            setSlot(undefined);
            setStep(1);
            void slots.refetch();
          },
        },
      );
  };
  return (
    <form onSubmit={next} noValidate>
      <nav aria-label={t('book.progress')}>
        <ol className="step-indicator">
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={i === step ? 'current' : i < step ? 'done' : ''}
              aria-current={i === step ? 'step' : undefined}
            >
              {i + 1}. {t(`book.steps.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1}>
        {t(`book.steps.${STEPS[step]}`)}
      </h2>
      <ErrorSummary {...summary} />
      {step === 0 && (
        <FormChoice
          id={FIELD_IDS.form}
          legend={t('book.formLegend')}
          value={form}
          error={errors.form}
          onChange={(f) => {
            setForm(f);
            setSlot(undefined);
            clear();
          }}
        />
      )}
      {step === 1 && (
        <>
          {taken && (
            <div className="alert alert-warning" role="alert">
              <div className="alert-body">
                <p className="alert-text">{t('book.taken')}</p>
              </div>
            </div>
          )}
          {slots.isError && <ErrorAlert onRetry={() => void slots.refetch()} />}
          {slots.isPending && <p>{t('loading', { ns: 'common' })}</p>}
          {slots.data?.length === 0 && <p>{t('book.noTimes')}</p>}
          {slots.data && slots.data.length > 0 && (
            <div id={FIELD_IDS.slot}>
              {errors.slot && <p className="form-error-message">{errors.slot}</p>}
              <SlotPicker
                slots={slots.data}
                value={slot ? slotKey(slot) : undefined}
                onChange={(s) => {
                  setSlot(s);
                  clear();
                }}
              />
            </div>
          )}
          {slots.data && to < addDays(today, 55) && (
            <button type="button" className="button button-secondary" onClick={() => setTo(addDays(to, 14))}>
              {t('book.moreTimes')}
            </button>
          )}
        </>
      )}
      {step === 2 && (
        <FormGroup id="topic" label={t('book.topic')} hint={t('book.topicHint')}>
          <textarea
            className="form-input input-width-xl"
            rows={3}
            maxLength={300}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          />
        </FormGroup>
      )}
      {step === 3 && form && slot && (
        <dl className="meeting-facts" data-testid="booking-summary">
          <dt>{t('meetings.when')}</dt>
          <dd>{formatDateTime(slot.start, i18n.language)}</dd>
          <dt>{t('meetings.form')}</dt>
          <dd>{t(`meetings.forms.${form}`)}</dd>
          <dt>{t('meetings.with')}</dt>
          <dd>{slot.caseworkerName}</dd>
          {slot.address && (
            <>
              <dt>{t('meetings.where')}</dt>
              <dd>{slot.address}</dd>
            </>
          )}
          {topic.trim() && (
            <>
              <dt>{t('meetings.topic')}</dt>
              <dd>{topic.trim()}</dd>
            </>
          )}
        </dl>
      )}
      {book.isError && !taken && <ErrorAlert />}
      <div className="wizard-actions">
        {step > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              clear();
              setStep(step - 1);
            }}
          >
            {t('book.back')}
          </button>
        )}{' '}
        <button type="submit" className="button button-primary" disabled={book.isPending}>
          {step < 3 ? t('book.next') : t('book.confirm')}
        </button>
      </div>
    </form>
  );
}
