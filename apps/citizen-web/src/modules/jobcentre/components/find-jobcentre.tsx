import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, ErrorSummary, FormGroup, useErrorSummary } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostalCode } from '../api/use-postal-code';

/** "Find dit jobcenter": postal code → the municipality whose jobcentre helps the citizen. */
export function FindJobcentre() {
  const { t } = useTranslation('citizen');
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState<string>();
  const { errors, report, summary } = useErrorSummary<'postalCode'>(() => 'postal-code');
  const lookup = usePostalCode(submitted);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim();
    const invalid = !/^\d{4}$/.test(code);
    report({ postalCode: invalid && t('jobcentre.invalid') });
    setSubmitted(invalid ? undefined : code);
  };

  const notFound = lookup.error instanceof ApiProblemError && lookup.error.status === 404;
  return (
    <section aria-labelledby="find-jobcentre-heading">
      <h2 id="find-jobcentre-heading">{t('jobcentre.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary {...summary} title={t('jobcentre.errorSummary')} />
        <FormGroup id="postal-code" label={t('jobcentre.label')} hint={t('jobcentre.hint')} error={errors.postalCode}>
          <input
            className="form-input input-width-xs"
            name="postalCode"
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={4}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </FormGroup>
        <button type="submit" className="button button-primary">
          {t('jobcentre.submit')}
        </button>
      </form>
      <div aria-live="polite" className="mt-5">
        {lookup.isFetching && <p>{t('loading', { ns: 'common' })}</p>}
        {lookup.data && (
          <div className="alert alert-info" data-testid="jobcentre-result">
            <div className="alert-body">
              <p className="alert-text">
                {t('jobcentre.result', {
                  count: lookup.data.municipalities.length,
                  code: lookup.data.code,
                  name: lookup.data.name,
                  municipalities: lookup.data.municipalities.map((m) => m.name).join(', '),
                })}
              </p>
            </div>
          </div>
        )}
        {notFound && (
          <div className="alert alert-warning" role="alert">
            <div className="alert-body">
              <p className="alert-text">{t('jobcentre.notFound', { code: submitted })}</p>
            </div>
          </div>
        )}
        {lookup.error && !notFound && (
          <ErrorAlert message={t('error.unavailable', { ns: 'common' })} onRetry={() => void lookup.refetch()} />
        )}
      </div>
    </section>
  );
}
