import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title';

/** The path Danish public web services publish their accessibility statement at. */
export const ACCESSIBILITY_STATEMENT_PATH = '/was';

/**
 * Tilgængelighedserklæring (Act no. 692 of 08/06/2018 on the accessibility of public bodies'
 * websites and apps): status against WCAG 2.1 AA, how it is tested, known gaps, and how to give
 * feedback or complain to the Agency for Digital Government. Both apps show it at `/was`.
 */
export function AccessibilityStatementPage({ appName, contactEmail }: { appName: string; contactEmail: string }) {
  const { t } = useTranslation('common');
  usePageTitle(t('was.title'), appName);
  const gaps = t('was.gaps', { returnObjects: true }) as string[];
  return (
    <article>
      <h1>{t('was.title')}</h1>
      <p className="font-lead">{t('was.intro', { appName })}</p>
      <h2>{t('was.statusTitle')}</h2>
      <p>{t('was.status')}</p>
      <h2>{t('was.testedTitle')}</h2>
      <p>{t('was.tested')}</p>
      <h2>{t('was.gapsTitle')}</h2>
      <ul>
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
      <h2>{t('was.feedbackTitle')}</h2>
      <p>
        {t('was.feedback')} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
      </p>
      <h2>{t('was.complainTitle')}</h2>
      <p>
        {t('was.complain')}{' '}
        <a href="https://www.was.digst.dk/" rel="noreferrer">
          {t('was.complainLink')}
        </a>
      </p>
      <p className="small-text">{t('was.updated')}</p>
    </article>
  );
}
