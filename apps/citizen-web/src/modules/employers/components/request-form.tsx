import { ApiProblemError } from '@jobunivers/api-client';
import {
  copenhagenDate,
  ErrorAlert,
  ErrorSummary,
  FormFieldset,
  FormGroup,
  problemFieldErrors,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRequest, REQUEST_KINDS, type RequestKind, useCreateRequest } from '../api/use-employer';
import { usePostalCode } from '../../jobcentre/api/use-postal-code';
import { OccupationChooser } from './occupation-chooser';

const FIELDS = [
  'kind',
  'title',
  'description',
  'occupationCode',
  'postalCode',
  'municipalityCode',
  'hoursPerWeek',
  'positions',
  'startBy',
] as const;
type Field = (typeof FIELDS)[number];
const fieldId = (field: Field) => `request-${field}`;
/** The API's field path → the field that shows it (anything unknown is shown on the description). */
const fieldOf = (path: string): Field => {
  const head = path.split('.')[0] as Field;
  return FIELDS.includes(head) ? head : 'description';
};

interface Draft {
  kind?: RequestKind;
  title: string;
  description: string;
  occupationCode?: string;
  postalCode: string;
  /** Only where the postal code lies in several municipalities. */
  municipalityCode: string;
  hoursPerWeek: string;
  positions: string;
  startBy: string;
}

const wholeIn = (value: string, min: number, max: number) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/**
 * "Ny henvendelse": what it is about (recruitment, internship, wage subsidy, question), a heading and a description,
 * the job from the occupation catalogue, the workplace's postal code (it decides the municipality) and, if the company
 * likes, hours, positions and the latest start. Problems are listed in an error summary that takes focus.
 */
export function RequestForm({ onSent }: { onSent: (request: EmployerRequest) => void }) {
  const { t } = useTranslation('citizen');
  const create = useCreateRequest();
  const [draft, setDraft] = useState<Draft>({
    title: '',
    description: '',
    postalCode: '',
    municipalityCode: '',
    hoursPerWeek: '',
    positions: '',
    startBy: '',
  });
  const { errors, report, summary } = useErrorSummary<Field>(fieldId);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const today = copenhagenDate(new Date());
  const error = (field: Field) => t(`employer.form.errors.${field}`);
  const postalCode = draft.postalCode.trim();
  const place = usePostalCode(/^\d{4}$/.test(postalCode) ? postalCode : undefined);
  // A postal code across a municipal border: the company says which municipality the workplace is in.
  const municipalities = place.data && place.data.municipalities.length > 1 ? place.data.municipalities : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string | false>> = {
      kind: !draft.kind && error('kind'),
      title: !draft.title.trim() && error('title'),
      description: !draft.description.trim() && error('description'),
      occupationCode: !draft.occupationCode && error('occupationCode'),
      postalCode: !/^\d{4}$/.test(draft.postalCode.trim()) && error('postalCode'),
      municipalityCode:
        municipalities.length > 0 &&
        !municipalities.some((m) => m.code === draft.municipalityCode) &&
        error('municipalityCode'),
      hoursPerWeek: !!draft.hoursPerWeek.trim() && !wholeIn(draft.hoursPerWeek, 1, 60) && error('hoursPerWeek'),
      positions: !!draft.positions.trim() && !wholeIn(draft.positions, 1, 500) && error('positions'),
      startBy: !!draft.startBy && draft.startBy < today && error('startBy'),
    };
    if (report(problems) || !draft.kind || !draft.occupationCode) return;
    create.mutate(
      {
        kind: draft.kind,
        title: draft.title.trim(),
        description: draft.description.trim(),
        occupationCode: draft.occupationCode,
        postalCode: draft.postalCode.trim(),
        ...(municipalities.length > 0 ? { municipalityCode: draft.municipalityCode } : {}),
        ...(draft.hoursPerWeek.trim() ? { hoursPerWeek: Number(draft.hoursPerWeek) } : {}),
        ...(draft.positions.trim() ? { positions: Number(draft.positions) } : {}),
        ...(draft.startBy ? { startBy: draft.startBy } : {}),
      },
      {
        onSuccess: onSent,
        onError: (failure) =>
          report(
            Object.fromEntries(problemFieldErrors(failure).map((e) => [fieldOf(e.field), error(fieldOf(e.field))])),
          ),
      },
    );
  };

  const badInput = create.error instanceof ApiProblemError && create.error.status === 400;
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary} title={t('employer.form.errorSummary')} />
      {create.isError && !badInput && <ErrorAlert />}
      <FormFieldset id={fieldId('kind')} legend={t('employer.form.kind')} error={errors.kind}>
        <ul className="nobullet-list">
          {REQUEST_KINDS.map((kind) => (
            <li key={kind}>
              <input
                className="form-radio radio-large"
                type="radio"
                name="kind"
                id={`request-kind-${kind}`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set('kind', kind)}
                aria-describedby={`request-kind-${kind}-hint`}
              />
              <label htmlFor={`request-kind-${kind}`}>{t(`employer.kinds.${kind}`)}</label>
              <span className="form-hint" id={`request-kind-${kind}-hint`}>
                {t(`employer.kindHints.${kind}`)}
              </span>
            </li>
          ))}
        </ul>
      </FormFieldset>
      <FormGroup
        id={fieldId('title')}
        label={t('employer.form.titleLabel')}
        hint={t('employer.form.titleHint')}
        error={errors.title}
      >
        <input
          className="form-input input-width-xl"
          maxLength={200}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </FormGroup>
      <FormGroup
        id={fieldId('description')}
        label={t('employer.form.description')}
        hint={t('employer.form.descriptionHint')}
        error={errors.description}
      >
        <textarea
          className="form-input input-width-xl"
          rows={5}
          maxLength={5000}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </FormGroup>
      <OccupationChooser
        id={fieldId('occupationCode')}
        value={draft.occupationCode}
        onChange={(code) => set('occupationCode', code)}
        error={errors.occupationCode}
      />
      <FormGroup
        id={fieldId('postalCode')}
        label={t('employer.form.postalCode')}
        hint={t('employer.form.postalCodeHint')}
        error={errors.postalCode}
      >
        <input
          className="form-input input-width-xs"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={4}
          value={draft.postalCode}
          onChange={(e) => set('postalCode', e.target.value)}
        />
      </FormGroup>
      {municipalities.length > 0 && (
        <FormGroup
          id={fieldId('municipalityCode')}
          label={t('employer.form.municipality')}
          hint={t('employer.form.municipalityHint')}
          error={errors.municipalityCode}
        >
          <select
            className="form-select"
            value={draft.municipalityCode}
            onChange={(e) => set('municipalityCode', e.target.value)}
          >
            <option value="">{t('employer.form.chooseMunicipality')}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </FormGroup>
      )}
      <FormGroup id={fieldId('hoursPerWeek')} label={t('employer.form.hoursPerWeek')} error={errors.hoursPerWeek}>
        <input
          className="form-input input-width-xs"
          inputMode="numeric"
          value={draft.hoursPerWeek}
          onChange={(e) => set('hoursPerWeek', e.target.value)}
        />
      </FormGroup>
      <FormGroup id={fieldId('positions')} label={t('employer.form.positions')} error={errors.positions}>
        <input
          className="form-input input-width-xs"
          inputMode="numeric"
          value={draft.positions}
          onChange={(e) => set('positions', e.target.value)}
        />
      </FormGroup>
      <FormGroup id={fieldId('startBy')} label={t('employer.form.startBy')} error={errors.startBy}>
        <input
          type="date"
          className="form-input input-width-s"
          min={today}
          value={draft.startBy}
          onChange={(e) => set('startBy', e.target.value)}
        />
      </FormGroup>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t('employer.form.sending') : t('employer.form.submit')}
      </button>
    </form>
  );
}
