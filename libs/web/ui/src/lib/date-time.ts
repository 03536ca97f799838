const ZONE = 'Europe/Copenhagen';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** "tirsdag 3. marts" / "Tuesday 3 March" in Copenhagen time. */
export const formatDay = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: ZONE }).format(
    new Date(iso),
  );

/** "10.30" (Danish) / "10:30" (English) in Copenhagen time. */
export function formatTime(iso: string, language: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(new Date(iso));
  return language === 'en' ? time : time.replace(':', '.');
}

/** "tirsdag 3. marts kl. 10.30" / "Tuesday 3 March at 10:30" — the Danish way of writing a meeting time. */
export const formatDateTime = (iso: string, language: string): string =>
  `${formatDay(iso, language)} ${language === 'en' ? 'at' : 'kl.'} ${formatTime(iso, language)}`;

/** The Copenhagen calendar date (YYYY-MM-DD) of an instant. */
export const copenhagenDate = (iso: string | Date): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(typeof iso === 'string' ? new Date(iso) : iso);

/** A YYYY-MM-DD date plus whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Copenhagen wall-clock date and time (YYYY-MM-DD, HH:MM) as an ISO instant with its offset. */
export function copenhagenInstant(date: string, time: string): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('sv-SE', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(instant));
    return (Date.parse(`${parts.replace(' ', 'T')}:00Z`) - instant) / 60_000;
  };
  let instant = asUtc - offsetAt(asUtc - 3_600_000) * 60_000;
  instant = asUtc - offsetAt(instant) * 60_000;
  return new Date(instant).toISOString();
}
