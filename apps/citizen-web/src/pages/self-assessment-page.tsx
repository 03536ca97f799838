import { ErrorAlert, ErrorSummary, FormFieldset, usePageTitle, useErrorSummary } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type SelfAssessmentInput, useSaveSelfAssessment, useSelfAssessment } from '../modules/case/api/use-case';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

const SCALES = ['jobConfidence', 'digitalConfidence'] as const;
const YES_NO = ['healthLimitations', 'childcareChallenges', 'transportChallenges', 'wantsPersonalHelp'] as const;
const DANISH = ['native', 'good', 'some', 'none'] as const;
type Question = (typeof SCALES)[number] | (typeof YES_NO)[number] | 'danishLevel';

/** Selvvurdering: seven short questions; the citizen can redo them whenever things change. */
export function SelfAssessmentPage() {
  const { t } = useTranslation('citizen');
  const me = useMe();
  const latest = useSelfAssessment(me.data?.kind === 'citizen');
  const save = useSaveSelfAssessment();
  // The summary names each unanswered question (a link to it); the question itself says "Vælg et svar".
  const { errors, report, summary } = useErrorSummary<Question>((q) => `sa-${q}`);
  usePageTitle(t('selfAssessment.title'), t('appName'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Question) => form.get(name);
    const unanswered = ([...SCALES, ...YES_NO, 'danishLevel'] as Question[]).filter((q) => value(q) === null);
    if (report(Object.fromEntries(unanswered.map((q) => [q, t(`selfAssessment.questions.${q}`)])))) return;
    const body: SelfAssessmentInput = {
      jobConfidence: Number(value('jobConfidence')),
      digitalConfidence: Number(value('digitalConfidence')),
      danishLevel: value('danishLevel') as SelfAssessmentInput['danishLevel'],
      healthLimitations: value('healthLimitations') === 'yes',
      childcareChallenges: value('childcareChallenges') === 'yes',
      transportChallenges: value('transportChallenges') === 'yes',
      wantsPersonalHelp: value('wantsPersonalHelp') === 'yes',
    };
    save.mutate(body);
  };

  const previous = latest.data ?? undefined;
  const radio = (name: Question, value: string, label: string, checked: boolean) => {
    const id = `sa-${name}-${value}`;
    return (
      <li key={value}>
        <input id={id} type="radio" name={name} value={value} className="form-radio" defaultChecked={checked} />
        <label htmlFor={id}>{label}</label>
      </li>
    );
  };
  const fieldset = (name: Question, options: ReactNode) => (
    <FormFieldset
      key={name}
      id={`sa-${name}`}
      legend={t(`selfAssessment.questions.${name}`)}
      error={!!errors[name] && t('selfAssessment.answerThis')}
    >
      <ul className="nobullet-list">{options}</ul>
    </FormFieldset>
  );

  return (
    <>
      <h1>{t('selfAssessment.title')}</h1>
      <p className="font-lead">{t('selfAssessment.intro')}</p>
      <SignedInOnly returnTo={ROUTES.selfAssessment}>
        {save.isSuccess ? (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-heading">{t('selfAssessment.savedTitle')}</p>
              <p className="alert-text">
                {t('selfAssessment.saved')} <Link to={ROUTES.overview}>{t('selfAssessment.backToOverview')}</Link>
              </p>
            </div>
          </div>
        ) : latest.isPending ? (
          <p>{t('loading', { ns: 'common' })}</p>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary {...summary} title={t('selfAssessment.errorSummary')} />
            {save.isError && <ErrorAlert />}
            {previous && <p className="alert alert-info alert-text">{t('selfAssessment.redo')}</p>}
            {fieldset(
              'jobConfidence',
              ([1, 2, 3, 4, 5] as const).map((n) =>
                radio('jobConfidence', String(n), t(`selfAssessment.scale.${n}`), previous?.jobConfidence === n),
              ),
            )}
            {fieldset(
              'healthLimitations',
              (['yes', 'no'] as const).map((v) =>
                radio(
                  'healthLimitations',
                  v,
                  t(`selfAssessment.${v}`),
                  previous ? previous.healthLimitations === (v === 'yes') : false,
                ),
              ),
            )}
            {fieldset(
              'digitalConfidence',
              ([1, 2, 3, 4, 5] as const).map((n) =>
                radio(
                  'digitalConfidence',
                  String(n),
                  t(`selfAssessment.scale.${n}`),
                  previous?.digitalConfidence === n,
                ),
              ),
            )}
            {fieldset(
              'danishLevel',
              DANISH.map((v) => radio('danishLevel', v, t(`selfAssessment.danish.${v}`), previous?.danishLevel === v)),
            )}
            {fieldset(
              'childcareChallenges',
              (['yes', 'no'] as const).map((v) =>
                radio(
                  'childcareChallenges',
                  v,
                  t(`selfAssessment.${v}`),
                  previous ? previous.childcareChallenges === (v === 'yes') : false,
                ),
              ),
            )}
            {fieldset(
              'transportChallenges',
              (['yes', 'no'] as const).map((v) =>
                radio(
                  'transportChallenges',
                  v,
                  t(`selfAssessment.${v}`),
                  previous ? previous.transportChallenges === (v === 'yes') : false,
                ),
              ),
            )}
            {fieldset(
              'wantsPersonalHelp',
              (['yes', 'no'] as const).map((v) =>
                radio(
                  'wantsPersonalHelp',
                  v,
                  t(`selfAssessment.${v}`),
                  previous ? previous.wantsPersonalHelp === (v === 'yes') : false,
                ),
              ),
            )}
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {t('selfAssessment.submit')}
            </button>
          </form>
        )}
      </SignedInOnly>
    </>
  );
}
