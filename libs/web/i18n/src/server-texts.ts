import { useTranslation } from 'react-i18next';

/**
 * Texts the server sends as a code and parameters (timeline entries, match reasons), worded from the
 * apps' own `server` namespace in the reader's language. A code the app does not know yet falls back
 * to the server's wording. Parameters: a date (YYYY-MM-DD) is written the language's way, a time
 * (HH.MM) with the language's separator, a coded value `x` fills `{{xText}}` from `values.x.<code>`,
 * and a name kept in both languages (`titleEn` beside `title`) is read in English when English is shown.
 */
export interface CodedText {
  code: string;
  params: Record<string, string>;
  /** The server's wording, shown when the code is not in the app's texts. */
  fallback?: string;
}

/** Keys of coded texts are built at run time from the server's codes: looked up untyped, with a fallback. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}\.\d{2}$/;

/** Where a coded text is worded: the citizen's own timeline ("du"), the staff console's (about "borgeren"), match reasons. */
export type ServerTextGroup = 'timeline' | 'staffTimeline' | 'matchReasons';

export function serverText(
  t: Translate,
  language: string,
  group: ServerTextGroup,
  { code, params, fallback }: CodedText,
): string {
  const key = `server:${group}.${code}`;
  if (!t(key, { defaultValue: '' })) return fallback ?? code;
  const english = language.startsWith('en');
  const locale = english ? 'en-GB' : 'da-DK';
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const values: Record<string, string> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (name.endsWith('En')) continue;
    const value = (english ? params[`${name}En`] : undefined) ?? raw;
    values[name] = DATE.test(value)
      ? dates.format(new Date(`${value}T00:00:00Z`))
      : TIME.test(value) && english
        ? value.replace('.', ':')
        : value;
    // Staff read coded values in their own words first (not "you found a job").
    const word =
      (group === 'staffTimeline' ? t(`server:staffValues.${name}.${value}`, { defaultValue: '' }) : '') ||
      t(`server:values.${name}.${value}`, { defaultValue: '' });
    values[`${name}Text`] = word || value;
  }
  if (group === 'matchReasons' && params['language'])
    values['language'] =
      new Intl.DisplayNames([locale], { type: 'language' }).of(params['language']) ?? params['language'];
  return t(key, { ...values, interpolation: { escapeValue: false } });
}

/** `text(group, coded)`: the sentence for a coded server text in the current language. */
export function useServerText() {
  // Asks for the `server` namespace by name, so a page waits (Suspense) until its texts have arrived.
  const { t, i18n } = useTranslation('server');
  return (group: ServerTextGroup, coded: CodedText) =>
    serverText(t as unknown as Translate, i18n.language, group, coded);
}
