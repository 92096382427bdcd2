/**
 * An error a host raises for the user to read as it is: its message is plain words from
 * the dictionary, never a system message or a stack. The task pane shows such a message; any other
 * error becomes the dictionary's "unexpected".
 */
export interface PlainError extends Error {
  readonly plain: true;
  /** The office.js error code of the cause, when it had one (the pane explains the known ones). */
  readonly code?: string;
}

export function plainError(message: string, cause: unknown): PlainError {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return Object.assign(new Error(message, { cause }), code === undefined ? { plain: true as const } : { plain: true as const, code });
}

export function isPlainError(error: unknown): error is PlainError {
  return error instanceof Error && 'plain' in error && error.plain === true;
}

/** What went wrong, for the message: the code and the message of the cause. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : '';
    return [code, message].filter((s) => s !== '').join(': ') || String(error);
  }
  return String(error);
}
