import { addDays, copenhagenToUtc, inCopenhagen, isClosedDay, isoWeekday } from '@jobunivers/api/time';

/** When people at the jobcentre answer messages: weekdays that are not holidays, 08:00–15:30 Copenhagen time. */
export const OPENING = { from: '08:00', to: '15:30' } as const;

const isWorkday = (date: string) => isoWeekday(date) <= 5 && !isClosedDay(date);

/** Are staff answering now, and when will a person answer a message written now? */
export function opening(now = new Date()): { openNow: boolean; nextAnswerFrom: Date } {
  const { date, time } = inCopenhagen(now);
  if (isWorkday(date) && time >= OPENING.from && time < OPENING.to) return { openNow: true, nextAnswerFrom: now };
  let day = isWorkday(date) && time < OPENING.from ? date : addDays(date, 1);
  while (!isWorkday(day)) day = addDays(day, 1);
  return { openNow: false, nextAnswerFrom: copenhagenToUtc(day, OPENING.from) };
}
