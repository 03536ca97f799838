import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactPlan,
  type ExemptionQuota,
  useExemptFromContact,
  useExemptionQuota,
  useLiftExemption,
} from '../api/use-contact-plan';

export const MIN_REASON_LENGTH = 10;
/** The API's 409 answers to an exemption, each said in plain words. */
const CONFLICTS = ['exemption_quota_exceeded', 'exemption_not_applicable', 'already_exempt'] as const;

/** The municipality's remaining exemptions for the citizen's target group, in one sentence. */
function QuotaText({ quota, formatDate }: { quota: ExemptionQuota; formatDate: (iso: string) => string }) {
  const { t, i18n } = useTranslation('staff');
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(quota.maxShare);
  return (
    <p data-testid="exemption-quota">
      {t('contactPlan.quota', {
        count: quota.remaining,
        used: quota.exempt,
        allowed: quota.allowed,
        percent,
        size: quota.cohortSize,
        from: formatDate(quota.cohortFrom),
        to: formatDate(quota.cohortTo),
      })}
    </p>
  );
}

/** The short confirmation after exempting or lifting, announced politely. */
function Confirmation({ text }: { text: string }) {
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}

/**
 * "Undtag fra samtalekrav": the reason (required, at least 10 characters, the DKFDS error summary on failure) with
 * the municipality's remaining quota beside it; once exempt, the exemption and a way to lift it.
 */
export function ExemptionForm({
  citizenId,
  purpose,
  plan,
  formatDate,
}: {
  citizenId: string;
  purpose?: string;
  plan: ContactPlan;
  formatDate: (iso: string) => string;
}) {
  const { t } = useTranslation('staff');
  const exempt = useExemptFromContact(citizenId, purpose);
  const lift = useLiftExemption(citizenId, purpose);
  const [error, setError] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const quotaQuery = useExemptionQuota(citizenId, purpose, true);
  const quota = quotaQuery.data;

  const showError = (message: string) => {
    setError(message);
    setTimeout(() => summaryRef.current?.focus());
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (reason.length < MIN_REASON_LENGTH)
      return showError(
        reason
          ? t('contactPlan.errors.reasonShort', { count: MIN_REASON_LENGTH })
          : t('contactPlan.errors.reasonRequired'),
      );
    setError(undefined);
    lift.reset();
    exempt.mutate(reason, {
      onError: (e) => {
        if (e instanceof ApiProblemError && e.status === 400)
          showError(t('contactPlan.errors.reasonShort', { count: MIN_REASON_LENGTH }));
      },
    });
  };
  const onLift = () => {
    if (!window.confirm(t('contactPlan.confirmLift'))) return;
    exempt.reset();
    lift.mutate();
  };

  const conflict =
    exempt.error instanceof ApiProblemError && exempt.error.status === 409
      ? CONFLICTS.find((code) => code === (exempt.error as ApiProblemError).problem.code)
      : undefined;
  const otherError =
    exempt.isError && !conflict && !(exempt.error instanceof ApiProblemError && exempt.error.status === 400);

  if (plan.exemption) {
    return (
      <div className="exemption" data-testid="exemption">
        <h3>{t('contactPlan.exemptTitle')}</h3>
        {exempt.isSuccess && <Confirmation text={t('contactPlan.exempted')} />}
        <p>{t('contactPlan.exemptBy', { by: plan.exemption.by, at: formatDate(plan.exemption.at) })}</p>
        <p>
          <strong>{t('contactPlan.reason')}:</strong> {plan.exemption.reason}
        </p>
        {quota && <QuotaText quota={quota} formatDate={formatDate} />}
        <button type="button" className="button button-secondary" onClick={onLift} disabled={lift.isPending}>
          {t('contactPlan.lift')}
        </button>
        {lift.isError && <ErrorAlert />}
      </div>
    );
  }
  if (quota?.maxShare === 0) return <p className="exemption">{t('contactPlan.conflicts.exemption_not_applicable')}</p>;
  return (
    <div className="exemption">
      <h3>{t('contactPlan.exemptAction')}</h3>
      {lift.isSuccess && <Confirmation text={t('contactPlan.lifted')} />}
      <p>{t('contactPlan.exemptIntro')}</p>
      {quota && <QuotaText quota={quota} formatDate={formatDate} />}
      <form onSubmit={onSubmit} noValidate>
        {error && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
            <div className="alert-body">
              <p className="alert-heading">{t('contactPlan.errorSummary')}</p>
              <ul className="alert-text nobullet-list">
                <li>
                  <a href="#exemption-reason">{error}</a>
                </li>
              </ul>
            </div>
          </div>
        )}
        {conflict && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-heading">{t('contactPlan.notExemptedTitle')}</p>
              <p className="alert-text">{t(`contactPlan.conflicts.${conflict}`)}</p>
            </div>
          </div>
        )}
        {otherError && <ErrorAlert />}
        <FormGroup
          id="exemption-reason"
          label={t('contactPlan.reason')}
          hint={t('contactPlan.reasonHint', { count: MIN_REASON_LENGTH })}
          error={error}
        >
          <textarea name="reason" className="form-input input-width-xl" rows={3} maxLength={1000} />
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={exempt.isPending}>
          {t('contactPlan.exemptAction')}
        </button>
      </form>
    </div>
  );
}
