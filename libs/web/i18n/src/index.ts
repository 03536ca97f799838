// Typed keys (a type-only module: no texts enter a bundle through it).
import './i18next-types';
export { citizenResources, staffResources } from './app-resources';
export { createI18n, DEFAULT_LANGUAGE, LANGUAGES, type I18nBundle, type Language, type Namespace } from './i18n';
export { initI18n, resources } from './resources';
export { type CodedText, serverText, type ServerTextGroup, useServerText } from './server-texts';
