import daCitizen from './locales/da/citizen.json';
import daCitizenShell from './locales/da/citizen-shell.json';
import daCommon from './locales/da/common.json';
import daServer from './locales/da/server.json';
import daStaff from './locales/da/staff.json';
import enCitizen from './locales/en/citizen.json';
import enCitizenShell from './locales/en/citizen-shell.json';
import enCommon from './locales/en/common.json';
import enServer from './locales/en/server.json';
import enStaff from './locales/en/staff.json';
import { createI18n, type Language, type Namespace } from './i18n';

/** Every namespace of both apps, all loaded (tests, typing). The apps use `citizenResources` / `staffResources`. */
export const resources = {
  da: { common: daCommon, citizen: daCitizen, citizenShell: daCitizenShell, staff: daStaff, server: daServer },
  en: { common: enCommon, citizen: enCitizen, citizenShell: enCitizenShell, staff: enStaff, server: enServer },
} as const;

/** As `createI18n` with every namespace of both apps bundled (tests). */
export function initI18n(defaultNS: Namespace, language?: Language) {
  return createI18n(defaultNS, resources, language);
}
