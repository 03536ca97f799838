import { ApiProblemError } from '@jobunivers/api-client';
import { forwardRef, type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem in a form: the id of the control (or fieldset) it belongs to, and what to do. */
export interface SummaryError {
  id: string;
  message: string;
}

/**
 * DKFDS's error summary: a focusable alert at the top of the form listing every problem, each a link
 * that scrolls its label or legend into view and focuses the field (as DKFDS's own error-summary.js does).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly SummaryError[]; title?: string }>(
  function ErrorSummary({ errors, title }, ref) {
    const { t } = useTranslation('common');
    if (errors.length === 0) return null;
    const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
      const field = document.getElementById(id);
      if (!field) return;
      event.preventDefault();
      // The control itself, or the first one inside a fieldset or group (a radio group, a list of times).
      const control = field.matches('input, select, textarea, button')
        ? field
        : (field.querySelector<HTMLElement>('input, select, textarea, button') ?? field);
      const label = document.querySelector(`label[for="${control.id}"]`);
      const legend = (field.tagName === 'FIELDSET' ? field : control.closest('fieldset'))?.querySelector('legend');
      // DKFDS: scroll the label (or, for radios and check boxes, the legend) into view, then focus without scrolling.
      const context =
        (control.matches('[type="radio"], [type="checkbox"]') ? legend : label) ?? label ?? legend ?? field;
      context.scrollIntoView?.({ block: 'start' });
      const target = control;
      target.focus({ preventScroll: true });
    };
    return (
      <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref} data-testid="error-summary">
        <div className="alert-body">
          <p className="alert-heading">{title ?? t('form.errorSummary')}</p>
          <ul className="alert-text nobullet-list">
            {errors.map((e) => (
              <li key={e.id}>
                <a href={`#${e.id}`} className="function-link" onClick={(event) => onClick(event, e.id)}>
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  },
);

/** The `errors` of a 400 problem from the API (dotted field paths), or none for any other failure. */
export function problemFieldErrors(error: unknown): Array<{ field: string; message: string }> {
  if (!(error instanceof ApiProblemError) || error.status !== 400) return [];
  return error.problem.errors ?? [];
}

/**
 * State for a form's error summary, the DKFDS way: `report(errors)` after a failed submit (client-side
 * checks or the API's 400) shows the summary, scrolls to it and moves focus there; `errors[field]` gives
 * each field its message for `FormGroup`/`FormFieldset` (which set `aria-invalid` and describe the field).
 * `idOf` turns a field name into the id of its control, which the summary links to.
 */
export function useErrorSummary<F extends string>(idOf: (field: F) => string) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [reported, setReported] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!reported || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'start' });
    ref.current.focus({ preventScroll: true });
  }, [reported]);
  const report = useCallback((next: Partial<Record<F, string | false | undefined>>) => {
    const found = Object.fromEntries(Object.entries(next).filter(([, message]) => !!message)) as Partial<
      Record<F, string>
    >;
    setErrors(found);
    const any = Object.keys(found).length > 0;
    if (any) setReported((n) => n + 1);
    return any;
  }, []);
  const clear = useCallback(() => setErrors({}), []);
  const list = useMemo(
    () => (Object.entries(errors) as Array<[F, string]>).map(([field, message]) => ({ id: idOf(field), message })),
    [errors, idOf],
  );
  return { errors, report, clear, summary: { ref, errors: list } };
}
