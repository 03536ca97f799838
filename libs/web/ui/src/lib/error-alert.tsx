import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  /** A specific, user-facing message; defaults to the generic one. */
  message?: string;
  onRetry?: () => void;
}

/** A DKFDS error alert that says what happened and what to do — never a stack trace or a status code. */
export function ErrorAlert({ message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation('common');
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t('error.title')}</p>
        <p className="alert-text">{message ?? t('error.body')}</p>
        {onRetry && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('error.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
