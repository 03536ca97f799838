import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import daCitizen from './locales/da/citizen.json';
import daCommon from './locales/da/common.json';
import daServer from './locales/da/server.json';
import daStaff from './locales/da/staff.json';
import enCitizen from './locales/en/citizen.json';
import enCommon from './locales/en/common.json';
import enServer from './locales/en/server.json';
import enStaff from './locales/en/staff.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';
const STORAGE_KEY = 'jobunivers.language';

export const resources = {
  da: { common: daCommon, citizen: daCitizen, staff: daStaff, server: daServer },
  en: { common: enCommon, citizen: enCitizen, staff: enStaff, server: enServer },
} as const;

export type Namespace = keyof (typeof resources)['da'];

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Danish by default; the citizen's choice is remembered on the device and set on <html lang>. */
export function initI18n(defaultNS: Namespace, language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
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
