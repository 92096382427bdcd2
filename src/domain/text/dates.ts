/** Dates as Vietnamese documents write them; computed from UTC parts so no locale or time zone leaks in. */

export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "25/03/2024" from the date's UTC day. */
export function formatDayMonthYear(date: Date): string {
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Vietnam has one time zone (UTC+7, no daylight saving): dates are printed in it wherever the run happens. */
export function inVietnamTime(time: Date): Date {
  return new Date(time.getTime() + 7 * 3600 * 1000);
}
