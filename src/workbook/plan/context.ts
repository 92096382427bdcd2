/** The state of one plan-sheet read: its findings and where each plan field came from (to place schema issues at cells). */
import { finding, type Finding } from '../../domain/findings';
import { address, cellAt, cellText, type SheetSnapshot } from '../grid';
import { type CellParser } from './cells';

// Reading context: findings, and where each plan field came from (to place schema issues)

export interface Source {
  readonly field: string;
  readonly address?: string;
}

export interface Context {
  readonly sheet: SheetSnapshot;
  readonly findings: Finding[];
  /** Plan paths ("criteria.3.maxPoints") to a readable field name and its cell. */
  readonly sources: Map<string, Source>;
}

export type Draft = Record<string, unknown>;

/** Drops undefined fields so the schema fills its defaults and no key is left dangling. */
export function compact(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
}

export function cellRef(ctx: Context, row: number, col: number) {
  return { sheet: ctx.sheet.name, address: address(row, col) };
}

/** Reads one cell, remembers where the field came from, and reports a value it cannot read. */
export function take<T>(ctx: Context, row: number, col: number | undefined, path: string, field: string, parse: CellParser<T>): T | undefined {
  if (col === undefined) return undefined;
  const value = cellAt(ctx.sheet, row, col);
  ctx.sources.set(path, { field, address: address(row, col) });
  const parsed = parse(value);
  if (parsed.ok) return parsed.value;
  ctx.findings.push(finding('PLAN_SETTING_UNREADABLE', { setting: field, value: cellText(value) }, { cell: cellRef(ctx, row, col) }));
  return undefined;
}
