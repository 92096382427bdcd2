/**
 * Request size: Excel on the web refuses a request over 5 MB, so writes are sent in batches kept
 * under a budget. The size of an operation is estimated as the UTF-8 length of its JSON plus a
 * fixed overhead for the action record office.js wraps it in.
 */
import type { XRequestContext } from './api';

/** Comfortably under the 5 MB limit of Excel on the web. */
export const defaultRequestBudget = 4_000_000;
/** What office.js adds around each queued action (object ids, action type, property name). */
export const actionOverhead = 200;

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in UTF-8, 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

export function jsonSize(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '') + actionOverhead;
}

export interface Sender {
  /** Makes room for an operation of this size, syncing what is queued first when it would not fit. */
  reserve(bytes: number): Promise<void>;
  /** Sends what is queued. */
  sync(): Promise<void>;
}

export function createSender(ctx: XRequestContext, budget: number): Sender {
  let pending = 0;
  const sync = async (): Promise<void> => {
    await ctx.sync();
    pending = 0;
    // The suspension lasts until the next sync only: renewed for the batch that follows.
    ctx.application.suspendApiCalculationUntilNextSync();
  };
  return {
    reserve: async (bytes) => {
      if (pending > 0 && pending + bytes > budget) await sync();
      pending += bytes;
    },
    sync,
  };
}
