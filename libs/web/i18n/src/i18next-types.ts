import type { resources } from './resources';

/**
 * Typed keys: `t('…')` with a key that is not in the Danish resources fails `tsc`. Keys built at run
 * time from server codes go through `serverText` (untyped, with a fallback).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // The citizen app's pages fall back to its shell's texts (app name, navigation), then to the shared ones.
    fallbackNS: ['citizenShell', 'common'];
    resources: (typeof resources)['da'];
  }
}
