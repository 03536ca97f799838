import { ApiProblemError } from '@jobunivers/api-client';
import {
  ErrorAlert,
  ErrorSummary,
  FormGroup,
  problemFieldErrors,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  type PlanItem,
  titleOf,
  useAddToPlan,
  useDropItem,
  useRateItem,
  usePatchItem,
  usePlan,
  useSetGoal,
} from '../modules/offers/api/use-offers';
import { OfferWhen } from '../modules/offers/components/offer-when';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { offerPath, ROUTES } from '../routes';

const DONE = ['completed', 'dropped', 'rejected', 'declined'];

/** Mit forløb: my job goal, my offers and activities with their status, and my progress. */
export function PlanPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('plan.title'), t('appName'));
  return (
    <>
      <h1>{t('plan.title')}</h1>
      <p className="font-lead">{t('plan.intro')}</p>
      <SignedInOnly returnTo={ROUTES.plan}>
        <Plan />
      </SignedInOnly>
    </>
  );
}

function Plan() {
  const { t } = useTranslation('citizen');
  const plan = usePlan();
  if (plan.isError) return <ErrorAlert onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const items = plan.data.items;
  const active = items.filter((i) => !DONE.includes(i.status) || i.status === 'completed');
  const completed = items.filter((i) => i.status === 'completed').length;
  const percent = active.length ? Math.round((completed / active.length) * 100) : 0;
  return (
    <>
      <Goal text={plan.data.goal?.text} occupations={plan.data.goal?.occupations ?? []} />
      <section aria-labelledby="progress">
        <h2 id="progress">{t('plan.progress')}</h2>
        <p>{t('plan.progressText', { completed, total: active.length })}</p>
        <progress className="plan-progress" max={100} value={percent} aria-label={t('plan.progress')}>
          {percent}%
        </progress>
      </section>
      <section aria-labelledby="items">
        <h2 id="items">{t('plan.items')}</h2>
        {items.length === 0 && (
          <p>
            {t('plan.empty')} <Link to={ROUTES.offers}>{t('plan.findOffers')}</Link>
          </p>
        )}
        <ul className="nobullet-list plan-items" data-testid="plan-items">
          {items.map((item) => (
            <Item key={item.id} item={item} />
          ))}
        </ul>
        <p className="no-print">
          <Link className="button button-secondary" to={ROUTES.offers}>
            {t('plan.findOffers')}
          </Link>{' '}
          <button type="button" className="button button-tertiary" onClick={() => window.print()}>
            {t('plan.print')}
          </button>
        </p>
      </section>
      <ActivityForm />
    </>
  );
}

function Goal({ text, occupations }: { text?: string; occupations: string[] }) {
  const { t } = useTranslation('citizen');
  const setGoal = useSetGoal();
  const [editing, setEditing] = useState(!text);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('goal') ?? '').trim();
    if (value) setGoal.mutate({ text: value, occupations }, { onSuccess: () => setEditing(false) });
  };
  return (
    <section aria-labelledby="goal">
      <h2 id="goal">{t('plan.goal')}</h2>
      {!editing && text ? (
        <p>
          <span data-testid="goal-text">{text}</span>{' '}
          <button type="button" className="button button-tertiary no-print" onClick={() => setEditing(true)}>
            {t('plan.editGoal')}
          </button>
        </p>
      ) : (
        <form onSubmit={onSubmit} className="no-print">
          <FormGroup id="goal-text" label={t('plan.goalLabel')} hint={t('plan.goalHint')}>
            <input name="goal" className="form-input input-width-xl" maxLength={500} defaultValue={text ?? ''} />
          </FormGroup>
          {setGoal.isError && <ErrorAlert />}
          <button type="submit" className="button button-secondary" disabled={setGoal.isPending}>
            {t('plan.saveGoal')}
          </button>
        </form>
      )}
    </section>
  );
}

function Item({ item }: { item: PlanItem }) {
  const { t, i18n } = useTranslation('citizen');
  const patch = usePatchItem();
  const drop = useDropItem();
  const [confirming, setConfirming] = useState(false);
  const title = item.offer ? titleOf(item.offer, i18n.language) : (item.activity?.title ?? '');
  const problem = patch.error instanceof ApiProblemError ? patch.error.problem : undefined;
  return (
    <li className={`card plan-item status-${item.status}`}>
      <div className="card-content">
        <h3 className="h4">{item.offer ? <Link to={offerPath(item.offer.id)}>{title}</Link> : title}</h3>
        <p>
          <span className="status-badge" data-testid="item-status">
            {t(`plan.status.${item.status}`)}
          </span>
          {item.waitlistPosition !== null && <> · {t('plan.waitlistPosition', { position: item.waitlistPosition })}</>}
          {item.offer && (
            <>
              {' '}
              · <OfferWhen offer={item.offer} />
            </>
          )}
          {item.activity?.dueDate && (
            <>
              {' '}
              ·{' '}
              {t('plan.due', {
                date: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
                  dateStyle: 'long',
                  timeZone: 'UTC',
                }).format(new Date(`${item.activity.dueDate}T00:00:00Z`)),
              })}
            </>
          )}
        </p>
        {item.suggestionNote && <p>{t('plan.suggestionNote', { note: item.suggestionNote })}</p>}
        {item.decisionReason && <p>{t('plan.reason', { reason: item.decisionReason })}</p>}
        <div className="no-print">
          {item.status === 'suggested' && (
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => patch.mutate({ id: item.id, status: 'accepted' })}
                disabled={patch.isPending}
              >
                {t('plan.accept')}
              </button>{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => patch.mutate({ id: item.id, status: 'declined' })}
                disabled={patch.isPending}
              >
                {t('plan.decline')}
              </button>
            </>
          )}
          {(item.status === 'planned' || item.status === 'enrolled') && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => patch.mutate({ id: item.id, status: 'completed' })}
              disabled={patch.isPending}
            >
              {t('plan.complete')}
            </button>
          )}{' '}
          {['planned', 'pending_approval', 'enrolled', 'waitlisted'].includes(item.status) &&
            (confirming ? (
              <span role="group" aria-label={t('plan.dropConfirm', { title })}>
                {t('plan.dropConfirm', { title })}{' '}
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => drop.mutate(item.id)}
                  disabled={drop.isPending}
                >
                  {t('plan.dropYes')}
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                  {t('plan.dropNo')}
                </button>
              </span>
            ) : (
              <button type="button" className="button button-tertiary" onClick={() => setConfirming(true)}>
                {t('plan.drop')}
              </button>
            ))}
        </div>
        {item.offer && (item.status === 'enrolled' || item.status === 'completed') && (
          <OfferRating item={item} title={title} />
        )}
        {problem && (
          <p className="form-error-message">{t(`offers.problems.${problem.code}`, { defaultValue: problem.title })}</p>
        )}
        {(drop.isError || (patch.isError && !problem)) && <ErrorAlert />}
      </div>
    </li>
  );
}

/** The citizen's rating of an offer they are on or have completed (the KPI "satisfaction with offers"). */
function OfferRating({ item, title }: { item: PlanItem; title: string }) {
  const { t } = useTranslation('citizen');
  const rate = useRateItem();
  const [score, setScore] = useState(item.rating ? String(item.rating) : '');
  const id = `offer-rating-${item.id}`;
  return (
    <form
      className="no-print offer-rating"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (score) rate.mutate({ id: item.id, score: Number(score) });
      }}
    >
      <label className="form-label" htmlFor={id}>
        {t('plan.rateOffer', { title })}
      </label>
      <select id={id} className="form-select" value={score} onChange={(e) => setScore(e.target.value)}>
        <option value="">{t('plan.rateChoose')}</option>
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <option key={n} value={n}>
            {t(`meeting.scores.${n}`)}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button button-secondary" disabled={!score || rate.isPending}>
        {t('plan.rateSave')}
      </button>
      {item.rating !== null && !rate.isPending && (
        <p role="status" className="small-text">
          {t('plan.rated', { score: item.rating })}
        </p>
      )}
      {rate.isError && <ErrorAlert />}
    </form>
  );
}

type ActivityField = 'title' | 'dueDate';
const ACTIVITY_IDS: Record<ActivityField, string> = { title: 'activity-name', dueDate: 'activity-due' };

function ActivityForm() {
  const { t } = useTranslation('citizen');
  const add = useAddToPlan();
  const { errors, report, summary } = useErrorSummary<ActivityField>((f) => ACTIVITY_IDS[f]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const dueDate = String(data.get('dueDate') ?? '') || null;
    if (report({ title: !title && t('plan.activityRequired') })) return;
    add.mutate(
      { activity: { title, dueDate } },
      {
        onSuccess: () => form.reset(),
        onError: (error) =>
          report(
            Object.fromEntries(
              problemFieldErrors(error).map((e) =>
                e.field.endsWith('dueDate')
                  ? ['dueDate', t('plan.activityDueInvalid')]
                  : ['title', t('plan.activityRequired')],
              ),
            ),
          ),
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="activity-title" className="no-print">
      <h2 id="activity-title">{t('plan.addActivity')}</h2>
      <ErrorSummary {...summary} />
      <FormGroup
        id={ACTIVITY_IDS.title}
        label={t('plan.activityName')}
        hint={t('plan.activityHint')}
        error={errors.title}
      >
        <input name="title" className="form-input input-width-xl" maxLength={200} />
      </FormGroup>
      <FormGroup id={ACTIVITY_IDS.dueDate} label={t('plan.activityDue')} error={errors.dueDate}>
        <input name="dueDate" type="date" className="form-input" />
      </FormGroup>
      {add.isError && problemFieldErrors(add.error).length === 0 && <ErrorAlert />}
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('plan.addActivityButton')}
      </button>
    </form>
  );
}
