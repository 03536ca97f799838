import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';
import { useEmployerVisibility } from '../api/use-employer-visibility';

/** In the settings: "Synlighed for virksomheder", my level now, and the way to change it. */
export function VisibilitySummary() {
  const { t } = useTranslation('citizen');
  const visibility = useEmployerVisibility();
  return (
    <section aria-labelledby="settings-visibility">
      <h2 id="settings-visibility">{t('visibility.title')}</h2>
      <p>{t('visibility.settingsText')}</p>
      {visibility.data && (
        <p data-testid="visibility-now">
          {t('visibility.current', { level: t(`visibility.levels.${visibility.data.level}.label`) })}
        </p>
      )}
      <p>
        <Link to={ROUTES.employerVisibility}>{t('visibility.settingsLink')}</Link>
      </p>
    </section>
  );
}
