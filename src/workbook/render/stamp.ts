import { formatDayMonthYear, inVietnamTime, twoDigits } from '../../domain/text/dates';
/** When and from what a run was made: passed in, never read from a clock inside. */
export interface RunStamp {
  /** ISO 8601 time of the run, as given by the caller. */
  readonly time: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly planFingerprint: string;
  readonly inputFingerprint: string;
}

export function makeStamp(time: Date, planFingerprint: string, inputFingerprint: string): RunStamp {
  const local = inVietnamTime(time);
  const pad = twoDigits;
  return {
    time: time.toISOString(),
    day: pad(local.getUTCDate()),
    // Nghị định 30/2020: a leading zero for days below 10 and for months 1 and 2 only.
    month: local.getUTCMonth() + 1 < 3 ? pad(local.getUTCMonth() + 1) : String(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    planFingerprint,
    inputFingerprint,
  };
}

/** "25/03/2024 14:05" in Vietnam time. */
export function formatRunTime(stamp: RunStamp): string {
  return formatVietnamTime(stamp.time);
}

/** An ISO time as "25/03/2024 14:05" in Vietnam time (UTC+7), the form people read in the sheets. */
export function formatVietnamTime(iso: string): string {
  const local = inVietnamTime(new Date(iso));
  return `${formatDayMonthYear(local)} ${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`;
}
