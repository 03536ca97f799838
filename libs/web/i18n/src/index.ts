export { DEFAULT_LANGUAGE, initI18n, LANGUAGES, resources, type Language, type Namespace } from './i18n';
export { type CodedText, serverText, useServerText } from './server-texts';
import './i18next-types';
