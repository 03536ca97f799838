import daCitizenShell from './locales/da/citizen-shell.json';
import daCommon from './locales/da/common.json';
import daServer from './locales/da/server.json';
import daStaff from './locales/da/staff.json';
import type { I18nBundle } from './i18n';

/**
 * The citizen app's texts only (not the staff console's). The shell's Danish texts are bundled (they render before any
 * page); the pages' own (`citizen`, `server`) are a chunk fetched at start beside the first page's; English is its own
 * chunk, fetched when chosen.
 */
export const citizenResources: I18nBundle = {
  da: {
    common: daCommon,
    citizenShell: daCitizenShell,
    citizen: async () => (await import('./locales/da/citizen.json')).default,
    server: async () => (await import('./locales/da/server.json')).default,
  },
  en: async () => ({
    common: (await import('./locales/en/common.json')).default,
    citizenShell: (await import('./locales/en/citizen-shell.json')).default,
    citizen: (await import('./locales/en/citizen.json')).default,
    server: (await import('./locales/en/server.json')).default,
  }),
};

/** The staff console's texts only; English is its own chunk, fetched when chosen. */
export const staffResources: I18nBundle = {
  da: { common: daCommon, staff: daStaff, server: daServer },
  en: async () => ({
    common: (await import('./locales/en/common.json')).default,
    staff: (await import('./locales/en/staff.json')).default,
    server: (await import('./locales/en/server.json')).default,
  }),
};
