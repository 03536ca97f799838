import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { usePageTitle } from './page-title';

/**
 * What the app shows in place of its pages when the server cannot be reached (network down, 5xx):
 * a heading, what happened and "Prøv igen" — never the signed-out page, never a blank one.
 */
export function ServerUnreachable({
  appName,
  onRetry,
  retrying,
}: {
  appName: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation('common');
  usePageTitle(t('error.unreachableTitle'), appName);
  return (
    <>
      <h1>{t('error.unreachableTitle')}</h1>
      <ErrorAlert message={t('error.unreachable')} onRetry={onRetry} retrying={retrying} />
    </>
  );
}
