const NOON = 12 * 60;

/** A time of day as a voice agent says it: '2 PM', '9:30 AM', 'noon', 'midnight'. */
export function spokenClock(minute: number): string {
  if (minute === NOON) return 'noon';
  if (minute === 0) return 'midnight';
  const hour = Math.floor(minute / 60);
  const minutes = minute % 60;
  const hourOfDial = hour % 12 || 12;
  const suffix = minute < NOON ? 'AM' : 'PM';
  return minutes === 0 ? `${hourOfDial} ${suffix}` : `${hourOfDial}:${String(minutes).padStart(2, '0')} ${suffix}`;
}
