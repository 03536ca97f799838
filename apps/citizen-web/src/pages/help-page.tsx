import { ErrorAlert, ErrorSummary, FormGroup, usePageTitle, useErrorSummary } from '@jobunivers/web/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestHelp } from '../modules/case/api/use-case';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** "Jeg vil gerne tale med en person": always available; puts the citizen on the caseworker's list. */
export function HelpPage() {
  const { t } = useTranslation('citizen');
  const help = useRequestHelp();
  const { errors, report, summary } = useErrorSummary<'message'>(() => 'help-message');
  usePageTitle(t('help.title'), t('appName'));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    if (report({ message: !message && t('help.required') })) return;
    help.mutate(message);
  };
  return (
    <>
      <h1>{t('help.title')}</h1>
      <p className="font-lead">{t('help.intro')}</p>
      <SignedInOnly returnTo={ROUTES.help}>
        {help.isSuccess ? (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-heading">{t('help.sentTitle')}</p>
              <p className="alert-text">{t('help.sent')}</p>
            </div>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary {...summary} />
            {help.isError && <ErrorAlert />}
            <FormGroup id="help-message" label={t('help.message')} hint={t('help.hint')} error={errors.message}>
              <textarea name="message" className="form-input input-width-xl" rows={5} maxLength={2000} />
            </FormGroup>
            <button type="submit" className="button button-primary" disabled={help.isPending}>
              {t('help.send')}
            </button>
          </form>
        )}
      </SignedInOnly>
    </>
  );
}
