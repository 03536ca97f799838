import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  /** A specific, user-facing message; defaults to the generic one. */
  message?: string;
  /** A specific heading; defaults to "Der skete en fejl". */
  title?: string;
  onRetry?: () => void;
  /** The retry is under way: the button says so and waits. */
  retrying?: boolean;
}

/** A DKFDS error alert that says what happened and what to do — never a stack trace or a status code. */
export function ErrorAlert({ message, title, onRetry, retrying }: ErrorAlertProps) {
  const { t } = useTranslation('common');
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{title ?? t('error.title')}</p>
        <p className="alert-text">{message ?? t('error.body')}</p>
        {onRetry && (
          <button type="button" className="button button-secondary" onClick={onRetry} disabled={retrying}>
            {retrying ? t('error.retrying') : t('error.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
