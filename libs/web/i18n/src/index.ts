export { citizenResources, staffResources } from './app-resources';
export { createI18n, DEFAULT_LANGUAGE, LANGUAGES, type I18nBundle, type Language, type Namespace } from './i18n';
export { initI18n, resources } from './resources';
export { type CodedText, serverText, type ServerTextGroup, useServerText } from './server-texts';
import './i18next-types';
