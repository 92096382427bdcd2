/**
 * Results put into words, one function per question, shared by «Tổng hợp», the command line and the
 * task pane so each says the same thing. The engine gives facts (kind + values); the words are here.
 */
import type { MissingData } from '../domain/evaluate/types';
import { dictionaries, type Language } from './index';

/** What is missing, heading first; empty when the data is complete. */
export function describeMissing(missing: MissingData, language: Language = 'vi'): string[] {
  if (missing.complete) return [];
  const m = dictionaries[language].explain.missing;
  const lines = [m.heading];
  for (const b of missing.blocks) {
    if (b.unitsWithoutResults.length > 0) {
      lines.push(m.unitsWithoutResults({ block: b.block, count: b.unitsWithoutResults.length, size: b.size, units: b.unitsWithoutResults.map((u) => u.name).join(', ') }));
    }
    for (const u of b.criteriaNotAppraised) {
      lines.push(m.notAppraised({ block: b.block, unit: u.name, count: u.criteria.length, base: u.baseCount, codes: u.criteria.join(', ') }));
    }
  }
  lines.push(missing.awardsWithheld ? m.withheld : m.proposedAnyway);
  return lines;
}
