export { addDays, addMinutes, copenhagenToUtc, daysBetween, inCopenhagen, isClosedDay, isoWeekday, minutesOf, offsetMinutes, TIME_ZONE, todayInCopenhagen } from './copenhagen-time';
