import { cloneElement, type ReactElement, type ReactNode } from 'react';

interface Described {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

const ids = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' ') || undefined;

/** The hint and the error under a label or legend, with the ids the control or fieldset is described by. */
function hintAndError(id: string, hint: ReactNode, error: ReactNode) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const texts = (
    <>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
    </>
  );
  return { texts, describedBy: ids(hintId, errorId) };
}

/**
 * A DKFDS form group: the label, an optional hint, the error (when there is one) and the control.
 * The control gets the id, `aria-invalid` and `aria-describedby` (hint, then error), so every form
 * in both apps marks and announces its errors the same way.
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: ReactElement<Described>;
}) {
  const { texts, describedBy } = hintAndError(id, hint, error);
  return (
    <div className={ids('form-group', !!error && 'form-error', className)}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {texts}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': ids(describedBy, children.props['aria-describedby']),
      })}
    </div>
  );
}

/**
 * A DKFDS fieldset (radio buttons, check boxes): the legend, an optional hint and the error, which
 * the fieldset is described by.
 */
export function FormFieldset({
  id,
  legend,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { texts, describedBy } = hintAndError(id, hint, error);
  return (
    <fieldset id={id} className={ids(!!error && 'form-error', className)} aria-describedby={describedBy}>
      <legend className="form-label">{legend}</legend>
      {texts}
      {children}
    </fieldset>
  );
}
