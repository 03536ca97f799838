import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormFieldset, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { citizenPath } from '../../../routes';
import { type NewCitizen, useRegisterCitizen } from '../api/use-citizens';

type Field = 'cpr' | 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode' | 'unemployedSince' | 'unemploymentFund' | 'benefitType';

/** Tilmeld borger: the caseworker registers a newly unemployed citizen; the API checks every field. */
export function RegisterCitizenForm() {
  const { t } = useTranslation('staff');
  const register = useRegisterCitizen();
  const navigate = useNavigate();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [existingId, setExistingId] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const body = {
      cpr: value('cpr'),
      firstName: value('firstName'),
      lastName: value('lastName'),
      email: value('email'),
      phone: value('phone'),
      postalCode: value('postalCode'),
      benefitType: value('benefitType'),
      unemployedSince: value('unemployedSince'),
      ...(value('unemploymentFund') ? { unemploymentFund: value('unemploymentFund') } : {}),
    } as NewCitizen;
    setExistingId(undefined);
    register.mutate(body, {
      onSuccess: ({ id }) => navigate(citizenPath(id), { state: { purpose: t('register.followUpPurpose') } }),
      onError: (error) => {
        if (error instanceof ApiProblemError && error.status === 400) {
          const fieldErrors: Partial<Record<Field, string>> = {};
          for (const e of (error.problem as { errors?: Array<{ field: string }> }).errors ?? []) fieldErrors[e.field as Field] ??= t(`register.errors.${e.field as Field}`);
          setErrors(fieldErrors);
          setTimeout(() => summaryRef.current?.focus());
        } else if (error instanceof ApiProblemError && error.status === 409) {
          setErrors({});
          setExistingId((error.problem as { existingId?: string }).existingId);
        }
      },
    });
  };

  const input = (name: Exclude<Field, 'benefitType'>, type = 'text', width = 'input-width-l') => (
    <FormGroup id={`register-${name}`} label={t(`register.fields.${name}`)} hint={(name === 'cpr' || name === 'unemploymentFund') && t(`register.hints.${name}`)} error={errors[name]}>
      <input name={name} type={type} className={`form-input ${width}`} />
    </FormGroup>
  );

  const problems = Object.entries(errors) as Array<[Field, string]>;
  return (
    <form onSubmit={onSubmit} noValidate>
      {problems.length > 0 && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <div className="alert-body">
            <p className="alert-heading">{t('register.errorSummary')}</p>
            <ul className="alert-text nobullet-list">
              {problems.map(([field, message]) => (
                <li key={field}>
                  <a href={`#register-${field}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {existingId && (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-text">
              {t('register.duplicate')} <Link to={citizenPath(existingId)}>{t('register.openExisting')}</Link>
            </p>
          </div>
        </div>
      )}
      {register.isError && !(register.error instanceof ApiProblemError && [400, 409].includes(register.error.status)) && <ErrorAlert />}
      {input('cpr', 'text', 'input-width-s')}
      {input('firstName')}
      {input('lastName')}
      {input('email', 'email', 'input-width-xl')}
      {input('phone', 'tel', 'input-width-m')}
      {input('postalCode', 'text', 'input-width-xs')}
      <FormFieldset id="register-benefitType-group" legend={t('register.fields.benefitType')} error={errors.benefitType}>
        <ul className="nobullet-list">
          {(['unemployment_benefit', 'cash_benefit', 'job_ready_cash_benefit', 'unemployment_allowance'] as const).map((benefit, i) => (
            <li key={benefit}>
              <input id={`register-benefitType${i === 0 ? '' : `-${benefit}`}`} type="radio" name="benefitType" value={benefit} className="form-radio" defaultChecked={i === 0} />
              <label htmlFor={`register-benefitType${i === 0 ? '' : `-${benefit}`}`}>{t(`citizens.benefits.${benefit}`)}</label>
            </li>
          ))}
        </ul>
      </FormFieldset>
      {input('unemployedSince', 'date', 'input-width-s')}
      {input('unemploymentFund')}
      <button type="submit" className="button button-primary" disabled={register.isPending}>
        {t('register.submit')}
      </button>
    </form>
  );
}
