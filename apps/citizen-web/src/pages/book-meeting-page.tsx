import { ApiProblemError } from '@jobunivers/api-client';
import { addDays, copenhagenDate, ErrorAlert, formatDateTime, FormGroup, usePageTitle } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type MeetingForm, type Slot, useBookMeeting, useSlots } from '../modules/meetings/api/use-meetings';
import { FormChoice } from '../modules/meetings/components/form-choice';
import { SlotPicker, slotKey } from '../modules/meetings/components/slot-picker';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { meetingPath, ROUTES } from '../routes';

const STEPS = ['form', 'time', 'topic', 'confirm'] as const;

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
  const [missing, setMissing] = useState(false);
  const today = copenhagenDate(new Date());
  const [to, setTo] = useState(addDays(today, 13));
  const slots = useSlots(form, today, to);
  const book = useBookMeeting();
  // Taken meanwhile (409) or no longer a free time, e.g. it has begun (422): choose again from fresh times.
  const taken = book.error instanceof ApiProblemError && (book.error.status === 409 || book.error.status === 422);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const ok = step === 0 ? !!form : step === 1 ? !!slot : true;
    setMissing(!ok);
    if (!ok) return;
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
            <li key={s} className={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
              {i + 1}. {t(`book.steps.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
      <h2>{t(`book.steps.${STEPS[step]}`)}</h2>
      {missing && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{step === 0 ? t('book.chooseForm') : t('book.chooseTime')}</p>
          </div>
        </div>
      )}
      {step === 0 && <FormChoice legend={t('book.formLegend')} value={form} onChange={(f) => { setForm(f); setSlot(undefined); setMissing(false); }} />}
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
          {slots.data && slots.data.length > 0 && <SlotPicker slots={slots.data} value={slot ? slotKey(slot) : undefined} onChange={(s) => { setSlot(s); setMissing(false); }} />}
          {slots.data && to < addDays(today, 55) && (
            <button type="button" className="button button-secondary" onClick={() => setTo(addDays(to, 14))}>
              {t('book.moreTimes')}
            </button>
          )}
        </>
      )}
      {step === 2 && (
        <FormGroup id="topic" label={t('book.topic')} hint={t('book.topicHint')}>
          <textarea className="form-input input-width-xl" rows={3} maxLength={300} value={topic} onChange={(e) => setTopic(e.target.value)} />
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
          <button type="button" className="button button-secondary" onClick={() => { setMissing(false); setStep(step - 1); }}>
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
