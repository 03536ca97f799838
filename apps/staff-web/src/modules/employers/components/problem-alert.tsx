import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { knownProblem } from '../format';

/** A failed action, said in the console's words when the API's problem is one the pages know. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('staff');
  const code = knownProblem(error);
  return <ErrorAlert message={code ? t(`employers.problems.${code}`) : undefined} />;
}
