import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';

/** What went wrong with a meeting change, in words (`meetings.problems.<code>`), or the generic alert. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('staff');
  if (!error) return null;
  if (!(error instanceof ApiProblemError)) return <ErrorAlert />;
  const { problem } = error;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">
          {t(`meetings.problems.${problem.code}`, { defaultValue: problem.detail ?? problem.title })}
        </p>
      </div>
    </div>
  );
}
