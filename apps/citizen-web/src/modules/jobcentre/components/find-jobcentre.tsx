import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostalCode } from '../api/use-postal-code';

/** "Find dit jobcenter": postal code → the municipality whose jobcentre helps the citizen. */
export function FindJobcentre() {
  const { t } = useTranslation('citizen');
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const lookup = usePostalCode(submitted);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim();
    if (!/^\d{4}$/.test(code)) {
      setInvalid(true);
      setSubmitted(undefined);
      inputRef.current?.focus();
      return;
    }
    setInvalid(false);
    setSubmitted(code);
  };

  const notFound = lookup.error instanceof ApiProblemError && lookup.error.status === 404;
  return (
    <section aria-labelledby="find-jobcentre-heading">
      <h2 id="find-jobcentre-heading">{t('jobcentre.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        {invalid && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-heading">{t('jobcentre.errorSummary')}</p>
              <ul className="alert-text nobullet-list">
                <li>
                  <a href="#postal-code">{t('jobcentre.invalid')}</a>
                </li>
              </ul>
            </div>
          </div>
        )}
        <FormGroup id="postal-code" label={t('jobcentre.label')} hint={t('jobcentre.hint')} error={invalid && t('jobcentre.invalid')}>
          <input
            ref={inputRef}
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
        {lookup.error && !notFound && <ErrorAlert message={t('error.unavailable', { ns: 'common' })} onRetry={() => void lookup.refetch()} />}
      </div>
    </section>
  );
}
