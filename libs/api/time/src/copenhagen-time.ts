import Holidays from 'date-holidays';

/** Every meeting time is planned in Danish local time and stored as an instant (timestamptz). */
export const TIME_ZONE = 'Europe/Copenhagen';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant in Copenhagen. */
export function inCopenhagen(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p['year']}-${p['month']}-${p['day']}`, time: `${p['hour']}:${p['minute']}` };
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function offsetMinutes(instant: number): number {
  const { date, time } = inCopenhagen(new Date(instant));
  const seconds = new Date(instant).getUTCSeconds();
  const wall = Date.parse(`${date}T${time}:00Z`) + seconds * 1000;
  return Math.round((wall - (instant - (instant % 1000))) / 60_000);
}

/** Wall-clock times repeat (every slot of every week): their instants are remembered. */
const instants = new Map<string, number>();

/**
 * The instant of a Copenhagen wall-clock time. Correct on both sides of a daylight-saving change;
 * a time that does not exist (02:30 on the spring-forward night) lands an hour later, as clocks do.
 */
export function copenhagenToUtc(date: string, time: string): Date {
  const key = `${date}T${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeInstant(date, time);
    if (instants.size >= 100_000) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

function computeInstant(date: string, time: string): number {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const first = offsetMinutes(asUtc - 60 * 60_000);
  let instant = asUtc - first * 60_000;
  const second = offsetMinutes(instant);
  if (second !== first) instant = asUtc - second * 60_000;
  return instant;
}

/** Today in Europe/Copenhagen as YYYY-MM-DD. */
export const todayInCopenhagen = (now = new Date()): string => inCopenhagen(now).date;

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A YYYY-MM-DD date plus whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export const isoWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** HH:MM plus minutes (within the day). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

const holidays = new Holidays('DK');
/** Days the jobcentres are closed besides the public holidays (date-holidays marks them as observances). */
const CLOSING_DAYS = new Set(['Grundlovsdag', 'Juleaftensdag']);
const closedCache = new Map<number, Set<string>>();

/** Danish public holidays (and the constitution day and Christmas Eve, when jobcentres close). */
export function isClosedDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = closedCache.get(year);
  if (!days) {
    days = new Set(
      (holidays.getHolidays(year) || [])
        .filter((h) => h.type === 'public' || CLOSING_DAYS.has(h.name))
        .map((h) => h.date.slice(0, 10)),
    );
    closedCache.set(year, days);
  }
  return days.has(date);
}

/** A day the jobcentres are open: Monday to Friday, not a holiday or closing day. */
export const isWorkingDay = (date: string): boolean => isoWeekday(date) <= 5 && !isClosedDay(date);

/** The date itself when it is a working day, else the next working day after it. */
export function workingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The n-th working day after a date (n ≥ 1). */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  for (let found = 0; found < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) found++;
  }
  return day;
}
