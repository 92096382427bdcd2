/** Reading numbers that people type as text, Vietnamese style ("9,5", "1.000", "80%"). */

export type NumberReading =
  | { kind: 'number'; value: number; fromText: boolean; percent: boolean }
  | { kind: 'blank' }
  | { kind: 'invalid'; text: string };

/**
 * Reads a number from a cell value. Numbers pass through; text is read with a comma as the
 * decimal mark and dots or spaces as thousands separators; "80%" gives 0.8 with percent=true.
 * Ambiguous text such as "1.5" (English decimal) is read as 1.5 only when it cannot be a
 * thousands group (a group must have exactly three digits).
 */
export function readNumber(value: unknown): NumberReading {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, fromText: false, percent: false } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  if (typeof value !== 'string') return { kind: 'invalid', text: String(value) };
  const text = value.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return { kind: 'blank' };
  const parsed = parseNumberText(text);
  return parsed === undefined ? { kind: 'invalid', text } : { kind: 'number', value: parsed.value, fromText: true, percent: parsed.percent };
}

function parseNumberText(raw: string): { value: number; percent: boolean } | undefined {
  let text = raw;
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  const value = parseUnsigned(text);
  if (value === undefined) return undefined;
  return { value: (sign * value) / (percent ? 100 : 1), percent };
}

function parseUnsigned(text: string): number | undefined {
  // 1 234,5 / 1.234,5 / 1234,5 / 9,5 / 10
  const vietnamese = /^(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (vietnamese) {
    const whole = (vietnamese[1] ?? '').replace(/[. ]/g, '');
    const fraction = vietnamese[2];
    return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  }
  // English decimal typed by habit: 9.5, 0.75 (not a thousands group)
  const english = /^(\d+)\.(\d{1,2}|\d{4,})$/.exec(text);
  if (english) return Number(text);
  // 1,234.5 English thousands
  const englishGrouped = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
  if (englishGrouped) return Number(text.replace(/,/g, ''));
  return undefined;
}

/** Round to a fixed number of decimals to keep sums of halves and tenths stable. */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
