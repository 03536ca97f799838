import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type daCitizen from './locales/da/citizen.json';
import type daCitizenShell from './locales/da/citizen-shell.json';
import type daCommon from './locales/da/common.json';
import type daServer from './locales/da/server.json';
import type daStaff from './locales/da/staff.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';
const STORAGE_KEY = 'jobunivers.language';

type Texts = {
  common: typeof daCommon;
  citizen: typeof daCitizen;
  citizenShell: typeof daCitizenShell;
  staff: typeof daStaff;
  server: typeof daServer;
};
export type Namespace = keyof Texts;
type LanguageTexts = Partial<Record<Namespace, object>>;
/** A namespace's texts, or a loader: a chunk fetched when a component first asks for that namespace. */
type NamespaceTexts = object | (() => Promise<object>);
/**
 * Per language: its namespaces (each bundled or fetched when first used), or one loader for the whole language (a
 * chunk fetched only when that language is chosen).
 */
export type I18nBundle = Record<Language, Partial<Record<Namespace, NamespaceTexts>> | (() => Promise<LanguageTexts>)>;

/**
 * The always-bundled namespace an app's pages fall back to: the shell's texts (name, navigation, offline banner) that
 * render before any page, so the pages' own namespace can wait for its route.
 */
const SHELL_OF: Partial<Record<Namespace, Namespace>> = { citizen: 'citizenShell' };

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Loads a language or a namespace given as a loader the first time it is used (i18next waits for it). */
function lazyLanguages(bundle: I18nBundle): BackendModule {
  const texts = async (language: Language, namespace: Namespace): Promise<object | undefined> => {
    const entry = bundle[language];
    if (typeof entry === 'function') return (await entry())[namespace];
    const ns = entry?.[namespace];
    return typeof ns === 'function' ? ns() : ns;
  };
  return {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      texts(language as Language, namespace as Namespace).then(
        (loaded) => callback(null, (loaded ?? {}) as Record<string, unknown>),
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
  // Bundled texts are there at once; a namespace given as a loader (or a language given as one) is fetched when used.
  const bundled = Object.fromEntries(
    Object.entries(bundle).flatMap(([lng, texts]) =>
      typeof texts === 'function'
        ? []
        : [[lng, Object.fromEntries(Object.entries(texts).filter(([, ns]) => typeof ns !== 'function'))]],
    ),
  );
  const shell = SHELL_OF[defaultNS];
  // Loaded at start: the default language's bundled namespaces (a lazy one would hold back the whole app's first paint).
  const defaultTexts = bundle[DEFAULT_LANGUAGE];
  const eager = typeof defaultTexts === 'function' ? [] : Object.keys(bundled[DEFAULT_LANGUAGE] ?? {});
  const lazy = typeof defaultTexts === 'function' ? [] : Object.keys(defaultTexts).filter((ns) => !eager.includes(ns));
  void instance
    .use(initReactI18next)
    .use(lazyLanguages(bundle))
    .init({
      resources: bundled,
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: eager.length ? eager : ['common', defaultNS, 'server'],
      defaultNS,
      fallbackNS: shell ? [shell, 'common'] : 'common',
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
  // The pages' texts start downloading now, beside the first page's chunk, not after it (no waterfall).
  if (lazy.length) void instance.loadNamespaces(lazy);
  return instance;
}
