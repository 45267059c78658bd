export { parseTimePreference, type ParseTimePreferenceOptions } from './parse-time-preference.js';
export { addDays, daysBetween, isWeekend, parseLocalDate, startOfWeek, weekdayOf, type DateParts } from './local-date.js';
export { formatClock, joinLocalDateTime, minuteOfDay, splitLocalDateTime, type LocalDateTime } from './clock.js';
export { instantToLocal, localToInstant, msToWallClock, wallClockToMs, type ZonedMinute } from './zoned-time.js';
export { partOfDayAt } from './part-of-day.js';
