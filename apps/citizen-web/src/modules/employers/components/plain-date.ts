/** A calendar date (YYYY-MM-DD) the Danish or English way: "4. januar 2027" / "4 January 2027". */
export function formatPlainDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
