import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormFieldset, FormGroup } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { citizenPath } from '../../../routes';
import { useStaffUsers } from '../../staff-users/api/use-staff-users';
import { type NewCitizen, useRegisterCitizen } from '../api/use-citizens';
import { RegistrationReceipt } from './registration-receipt';

type Field =
  | 'cpr'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'postalCode'
  | 'unemployedSince'
  | 'unemploymentFund'
  | 'benefitType'
  | 'caseworkerId';

/** Tilmeld borger: the caseworker registers a newly unemployed citizen; the API checks every field. */
export function RegisterCitizenForm() {
  const { t } = useTranslation('staff');
  const register = useRegisterCitizen();
  const me = useMe();
  const isTeamLead = me.data?.roles.includes('team_lead') ?? false;
  const isCaseworker = me.data?.roles.includes('caseworker') ?? false;
  // Team leads may hand the case to any caseworker; a caseworker gets it themselves.
  const staff = useStaffUsers(1, isTeamLead);
  const caseworkers = (staff.data?.items ?? []).filter((s) => s.roles.includes('caseworker'));
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
      ...(value('caseworkerId') ? { caseworkerId: value('caseworkerId') } : {}),
      ...(form.get('digitalPostExempt') ? { digitalPostExempt: true } : {}),
    } as NewCitizen;
    setExistingId(undefined);
    register.mutate(body, {
      onSuccess: () => setErrors({}),
      onError: (error) => {
        if (error instanceof ApiProblemError && error.status === 400) {
          const fieldErrors: Partial<Record<Field, string>> = {};
          for (const e of (error.problem as { errors?: Array<{ field: string }> }).errors ?? [])
            fieldErrors[e.field as Field] ??= t(`register.errors.${e.field as Field}`);
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
    <FormGroup
      id={`register-${name}`}
      label={t(`register.fields.${name}`)}
      hint={(name === 'cpr' || name === 'unemploymentFund') && t(`register.hints.${name}`)}
      error={errors[name]}
    >
      <input name={name} type={type} className={`form-input ${width}`} />
    </FormGroup>
  );

  const problems = Object.entries(errors) as Array<[Field, string]>;
  if (register.isSuccess)
    return <RegistrationReceipt registered={register.data} ownId={me.data?.id} onAnother={() => register.reset()} />;
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
      {register.isError &&
        !(register.error instanceof ApiProblemError && [400, 409].includes(register.error.status)) && <ErrorAlert />}
      {input('cpr', 'text', 'input-width-s')}
      {input('firstName')}
      {input('lastName')}
      {input('email', 'email', 'input-width-xl')}
      {input('phone', 'tel', 'input-width-m')}
      {input('postalCode', 'text', 'input-width-xs')}
      <FormFieldset
        id="register-benefitType-group"
        legend={t('register.fields.benefitType')}
        error={errors.benefitType}
      >
        <ul className="nobullet-list">
          {(['unemployment_benefit', 'cash_benefit', 'job_ready_cash_benefit', 'unemployment_allowance'] as const).map(
            (benefit, i) => (
              <li key={benefit}>
                <input
                  id={`register-benefitType${i === 0 ? '' : `-${benefit}`}`}
                  type="radio"
                  name="benefitType"
                  value={benefit}
                  className="form-radio"
                  defaultChecked={i === 0}
                />
                <label htmlFor={`register-benefitType${i === 0 ? '' : `-${benefit}`}`}>
                  {t(`citizens.benefits.${benefit}`)}
                </label>
              </li>
            ),
          )}
        </ul>
      </FormFieldset>
      {input('unemployedSince', 'date', 'input-width-s')}
      {input('unemploymentFund')}
      <div className="form-group form-group-checkbox">
        <input
          id="register-digitalPostExempt"
          name="digitalPostExempt"
          type="checkbox"
          className="form-checkbox"
          aria-describedby="register-digitalPostExempt-hint"
        />
        <label htmlFor="register-digitalPostExempt">{t('register.fields.digitalPostExempt')}</label>
        <p id="register-digitalPostExempt-hint" className="form-hint">
          {t('register.hints.digitalPostExempt')}
        </p>
      </div>
      {isTeamLead && caseworkers.length > 0 ? (
        <FormGroup
          id="register-caseworkerId"
          label={t('register.fields.caseworkerId')}
          hint={t('register.hints.caseworkerId')}
          error={errors.caseworkerId}
        >
          <select name="caseworkerId" className="form-select" defaultValue={isCaseworker ? me.data?.id : ''}>
            {!isCaseworker && <option value="">{t('register.leastLoaded')}</option>}
            {caseworkers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id === me.data?.id ? t('register.myself', { name: c.name }) : c.name}
              </option>
            ))}
          </select>
        </FormGroup>
      ) : (
        isCaseworker && <p className="form-hint">{t('register.assignedToYou')}</p>
      )}
      <button type="submit" className="button button-primary" disabled={register.isPending}>
        {t('register.submit')}
      </button>
    </form>
  );
}
