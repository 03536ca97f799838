// Typed keys (a type-only module: no texts enter a bundle through it).
import './i18next-types';
/**
 * The apps' entry (`@jobunivers/web/i18n/app`): each app's own namespaces, English fetched when chosen. Kept apart from
 * index.ts, whose `resources` (every text of both apps, for tests) would otherwise pull all JSON into each app's bundle.
 */
export { citizenResources, staffResources } from './app-resources';
export { createI18n, DEFAULT_LANGUAGE, LANGUAGES, type I18nBundle, type Language, type Namespace } from './i18n';
export { type CodedText, serverText, type ServerTextGroup, useServerText } from './server-texts';
