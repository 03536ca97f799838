import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type daCitizen from './locales/da/citizen.json';
import type daCommon from './locales/da/common.json';
import type daServer from './locales/da/server.json';
import type daStaff from './locales/da/staff.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';
const STORAGE_KEY = 'jobunivers.language';

type Texts = { common: typeof daCommon; citizen: typeof daCitizen; staff: typeof daStaff; server: typeof daServer };
export type Namespace = keyof Texts;
type LanguageTexts = Partial<Record<Namespace, object>>;
/** Per language: its texts, or a loader (a chunk fetched only when that language is chosen). */
export type I18nBundle = Record<Language, LanguageTexts | (() => Promise<LanguageTexts>)>;

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Loads a language given as a loader the first time it is used (i18next waits for it before switching). */
function lazyLanguages(bundle: I18nBundle): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      const texts = bundle[language as Language];
      if (typeof texts !== 'function')
        return callback(null, (texts?.[namespace as Namespace] ?? {}) as Record<string, unknown>);
      texts().then(
        (loaded) => callback(null, (loaded[namespace as Namespace] ?? {}) as Record<string, unknown>),
        (error: Error) => callback(error, null),
      );
    },
  };
}

/**
 * Danish by default; the citizen's choice is remembered on the device and set on <html lang>.
 * `bundle` holds only the app's own namespaces (the other app's texts stay out of its JS); a language given as a loader
 * is fetched when first used.
 */
export function createI18n(defaultNS: Namespace, bundle: I18nBundle, language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  const bundled = Object.fromEntries(Object.entries(bundle).filter(([, texts]) => typeof texts !== 'function'));
  void instance
    .use(initReactI18next)
    .use(lazyLanguages(bundle))
    .init({
      resources: bundled,
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: ['common', defaultNS, 'server'],
      defaultNS,
      fallbackNS: 'common',
      interpolation: { escapeValue: false },
      initImmediate: false,
    } as Parameters<i18n['init']>[0]);
  const apply = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lng);
    } catch {
      /* private mode: nothing to remember */
    }
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}
