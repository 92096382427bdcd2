/**
 * Runs `work` with the wall clock reading `at`: `new Date()` and `Date.now()` answer that time while
 * every timer keeps running (zip libraries wait on them). Dates built from a value are untouched.
 * Used instead of jest's fake timers, which the light runner cannot limit to Date alone.
 */
export async function atClockTime<T>(at: Date, work: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  const fixed = at.getTime();
  class StoppedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = StoppedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}
