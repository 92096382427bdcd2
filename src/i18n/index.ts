import { en } from './en';
import { vi, type Dictionary } from './vi';
import type { AnyFindingParams, Finding } from '../domain/findings';

export type Language = 'vi' | 'en';
export type { Dictionary };

export const dictionaries: Readonly<Record<Language, Dictionary>> = { vi, en };

/** The message and the fix of a finding, in the given language. */
export function describeFinding(f: Finding, language: Language = 'vi'): { message: string; fix: string } {
  // finding() pairs each code with its own parameters, so the text of f.code reads f.params.
  const text = dictionaries[language].findings[f.code] as unknown as { message: (p: AnyFindingParams) => string; fix: (p: AnyFindingParams) => string };
  return { message: text.message(f.params), fix: text.fix(f.params) };
}
