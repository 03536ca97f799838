import { useTranslation } from 'react-i18next';

/** One button that switches between Danish and English (the target language's own name). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const next = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="button button-tertiary language-switch"
      lang={next}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}
