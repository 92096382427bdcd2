/**
 * Reads every input sheet of a workbook snapshot: the unit register, the unit result sheets, any
 * consolidated sheet and the award proposals. Sheets are recognised by their header row, not their
 * name (hidden sheets too); the register and proposals sheets are preferred by name when several
 * qualify. One pass per sheet; every value carries its cell.
 */
import { foldCached } from '../../domain/text/normalize';
import type { Finding } from '../../domain/findings';
import type { EvaluationInput, Proposal, Unit, UnitResult } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { inputSheets as labels } from '../../i18n/vi/input-sheets';
import type { SheetSnapshot, WorkbookSnapshot } from '../grid';
import { findTable, type ColumnSpec, type TableLocation } from '../headers';
import {
  columnName,
  compiled,
  expectedColumns,
  headerKey,
  proposalColumns,
  registerColumns,
  type ProposalColumn,
  type RegisterColumn,
  type UnitSheetColumn,
} from '../contract';
import { createReadContext, indexPlan, isBlankRow, report, type PlanCodes, type ReadContext } from './cells';
import { indexUnits, matchRegisterHeader, parseRegister } from './register';
import { matchUnitSheetHeader, parseUnitSheets } from './unit-sheets';
import { matchConsolidatedHeader, parseConsolidated, type ConsolidatedTable } from './consolidated';
import { matchProposalsHeader, parseProposals } from './proposals';
import { historyColumns, historySheetNames, parseHistory } from './history';
import { parseRatings, ratingsColumns, ratingsSheetNames } from './ratings';
export interface ParseInputsOptions {
  /** Sheets that are not inputs: the plan, the add-in's own sheets. */
  readonly skipSheets: ReadonlySet<string>;
  /** Every unit sheet is this unit's (the officer's answer for a returned file). */
  readonly forceUnitCode?: string;
}

export interface ParsedInputs {
  readonly input: EvaluationInput;
  readonly findings: Finding[];
  /** Sheets that gave unit results (unit sheets and consolidated sheets), in workbook order. */
  readonly resultSheets: string[];
  readonly registerSheet?: string;
  readonly proposalsSheet?: string;

  readonly historySheet?: string;
  readonly ratingsSheet?: string;
}

/** What a sheet's first rows say it is. A unit sheet's header wins over anything above it. */
interface SheetScan {
  readonly sheet: SheetSnapshot;
  readonly empty: boolean;
  readonly unit?: TableLocation<UnitSheetColumn>;
  readonly register?: TableLocation<RegisterColumn>;
  readonly proposals?: TableLocation<ProposalColumn>;
  readonly consolidated?: ConsolidatedTable;
}

/** As in headers.ts: how far down a header row is looked for. */
const headerScanRows = 40;

/**
 * Classifies a sheet by its header rows. In one row, a proposals header wins, then a consolidated
 * or register header (both may hold), then a unit sheet header. A unit sheet's header-block lines
 * can look like a register header ("Đơn vị | Trường A | Mã đơn vị | A01"), so a unit sheet header
 * anywhere in the first rows decides.
 */
function scanSheet(ctx: ReadContext, sheet: SheetSnapshot, codes: PlanCodes): SheetScan {
  if (sheet.rows.every((row) => isBlankRow(row))) return { sheet, empty: true };
  let register: TableLocation<RegisterColumn> | undefined;
  let proposals: TableLocation<ProposalColumn> | undefined;
  let consolidated: ConsolidatedTable | undefined;
  const limit = Math.min(sheet.rows.length, headerScanRows);
  for (let r = 0; r < limit; r++) {
    const raw = sheet.rows[r];
    if (!raw || raw.length === 0) continue;
    const folded = raw.map((v) => headerKey(v));
    const p = matchProposalsHeader(folded, r);
    if (p) {
      proposals ??= p;
      continue;
    }
    const c = matchConsolidatedHeader(raw, folded, r, codes);
    const g = matchRegisterHeader(folded, r);
    if (c || g) {
      consolidated ??= c;
      register ??= g;
      continue;
    }
    const unit = matchUnitSheetHeader(folded, r);
    if (unit) return { sheet, empty: false, unit };
  }
  return { sheet, empty: false, register, proposals, consolidated };
}

interface Chosen<K extends string> {
  readonly sheet: SheetSnapshot;
  readonly table: TableLocation<K>;
}

/**
 * The sheet for a single-sheet role: among sheets whose header qualifies, the one with the role's
 * name, else the first. When none qualifies, a sheet with the role's name is reported (empty, no
 * header, missing columns) — unless `optional` and empty.
 */
function chooseSheet<K extends string>(
  ctx: ReadContext,
  scans: readonly SheetScan[],
  table: (scan: SheetScan) => TableLocation<K> | undefined,
  names: ReadonlySet<string>,
  specs: readonly ColumnSpec<K>[],
  optional: boolean,
): Chosen<K> | undefined {
  const named = (s: SheetScan) => names.has(foldCached(s.sheet.name));
  const candidates = scans.filter((s) => table(s) !== undefined);
  const pick = candidates.find(named) ?? candidates[0];
  const found = pick && table(pick);
  if (pick && found) return { sheet: pick.sheet, table: found };
  const byName = scans.find(named);
  if (!byName) return undefined;
  const sheet = byName.sheet.name;
  if (byName.empty) {
    if (!optional) report(ctx, 'SHEET_EMPTY', { sheet }, undefined);
    return undefined;
  }
  // Named but not recognised: look again with findTable's scoring, which accepts a partial header.
  const loc = findTable(byName.sheet, specs);
  if (loc) return { sheet: byName.sheet, table: loc };
  report(ctx, 'HEADER_NOT_FOUND', { sheet, expected: expectedColumns(specs) }, { sheet, address: 'A1' });
  return undefined;
}

/** Reports each required column a table lacks; true when it has them all. */
function hasRequired<K extends string>(ctx: ReadContext, chosen: Chosen<K>, specs: readonly ColumnSpec<K>[]): boolean {
  for (const key of chosen.table.missing) {
    report(ctx, 'COLUMN_MISSING', { sheet: chosen.sheet.name, column: columnName(specs, key) }, { sheet: chosen.sheet.name, address: `A${chosen.table.headerRow + 1}` });
  }
  return chosen.table.missing.length === 0;
}

export function parseInputs(snapshot: WorkbookSnapshot, plan: Plan, options: ParseInputsOptions): ParsedInputs {
  const ctx = createReadContext();
  const codes = indexPlan(plan);
  const scans = snapshot.sheets.filter((s) => !options.skipSheets.has(s.name)).map((s) => scanSheet(ctx, s, codes));

  const registerChoice = chooseSheet(ctx, scans, (s) => (s.unit ? undefined : s.register), compiled.registerSheetNames, registerColumns, false);
  let units: Unit[] = [];
  const registerRead = registerChoice !== undefined && hasRequired(ctx, registerChoice, registerColumns);
  if (registerChoice && registerRead) units = parseRegister(ctx, registerChoice.sheet, registerChoice.table);
  else if (!registerChoice && !scans.some((s) => compiled.registerSheetNames.has(foldCached(s.sheet.name)))) {
    report(ctx, 'SHEET_MISSING', { sheet: labels.names.register }, undefined);
  }
  const index = indexUnits(ctx, units);

  const proposalsChoice = chooseSheet(ctx, scans, (s) => (s.unit ? undefined : s.proposals), compiled.proposalsSheetNames, proposalColumns, true);

  const unitSheets = scans.flatMap((s) => (s.unit ? [{ sheet: s.sheet, table: s.unit }] : []));
  const fromSheets = parseUnitSheets(ctx, unitSheets, index, codes, options.forceUnitCode);
  const consolidatedSheets = scans.flatMap((s) =>
    s.consolidated && !s.unit && s.sheet !== proposalsChoice?.sheet ? [{ sheet: s.sheet, table: s.consolidated }] : [],
  );
  const fromConsolidated = parseConsolidated(ctx, consolidatedSheets, index, codes, fromSheets.claimed);
  const results: UnitResult[] = [...fromSheets.results, ...fromConsolidated.results];

  let proposals: Proposal[] = [];
  if (proposalsChoice && hasRequired(ctx, proposalsChoice, proposalColumns)) {
    proposals = parseProposals(ctx, proposalsChoice.sheet, proposalsChoice.table, registerRead ? index : undefined, plan);
  }

  if (registerRead) {
    const scored = new Set(results.map((r) => r.unitCode));
    for (const unit of units) {
      if (!scored.has(unit.code)) report(ctx, 'UNIT_NO_RESULTS', { unit: unit.name, code: unit.code }, unit.source, { unitCode: unit.code });
    }
  }

  const resultSheetSet = new Set([...fromSheets.results.map((r) => r.sheet ?? ''), ...fromConsolidated.usedSheets]);

  // the optional award history and staff ratings, by name first, else by their header.
  const taken = new Set([...resultSheetSet, registerChoice?.sheet.name, proposalsChoice?.sheet.name]);
  const free = scans.filter((s) => !s.empty && !s.unit && !taken.has(s.sheet.name));
  const historyChoice = optionalTable(ctx, free, historySheetNames, historyColumns, (t) => t.columns.text !== undefined || t.columns.rating !== undefined);
  const ratingsChoice = optionalTable(
    ctx,
    free.filter((s) => s.sheet !== historyChoice?.sheet),
    ratingsSheetNames,
    ratingsColumns,
    () => true,
  );
  // Hidden data still counts: say so, so nobody is surprised by a sheet they cannot see.
  const roles: [string | undefined, string][] = [
    [registerChoice?.sheet.name, labels.names.register],
    [proposalsChoice?.sheet.name, labels.names.proposals],
    ...[...resultSheetSet].map((n): [string, string] => [n, labels.hiddenRoleResults]),
    [historyChoice?.sheet.name, historySheetNames[0] ?? ''],
    [ratingsChoice?.sheet.name, ratingsSheetNames[0] ?? ''],
  ];
  for (const [sheetName, role] of roles) {
    const sheet = sheetName === undefined ? undefined : snapshot.sheets.find((s) => s.name === sheetName);
    if (sheet && sheet.visibility !== 'visible') report(ctx, 'SHEET_HIDDEN', { sheet: sheet.name, role }, { sheet: sheet.name, address: 'A1' });
  }
  const unitIndex = registerRead ? index : undefined;
  const history = historyChoice ? parseHistory(ctx, historyChoice.sheet, historyChoice.table, unitIndex, plan) : undefined;
  const staffRatings = ratingsChoice ? parseRatings(ctx, ratingsChoice.sheet, ratingsChoice.table, unitIndex, plan) : undefined;

  return {
    input: { units, results, proposals, ...(history ? { history } : {}), ...(staffRatings ? { staffRatings } : {}) },
    ...(historyChoice ? { historySheet: historyChoice.sheet.name } : {}),
    ...(ratingsChoice ? { ratingsSheet: ratingsChoice.sheet.name } : {}),
    findings: ctx.findings,
    resultSheets: snapshot.sheets.filter((s) => resultSheetSet.has(s.name)).map((s) => s.name),
    ...(registerChoice ? { registerSheet: registerChoice.sheet.name } : {}),
    ...(proposalsChoice ? { proposalsSheet: proposalsChoice.sheet.name } : {}),
  };
}

/**
 * An optional sheet: the one with the role's name whose header has every required column, else the
 * first sheet whose header has them and passes `fits`. A named sheet without the header is reported.
 */
function optionalTable<K extends string>(
  ctx: ReadContext,
  scans: readonly SheetScan[],
  names: readonly string[],
  specs: readonly ColumnSpec<K>[],
  fits: (table: TableLocation<K>) => boolean,
): Chosen<K> | undefined {
  const folded = new Set(names.map((n) => foldCached(n)));
  const complete = (s: SheetScan): Chosen<K> | undefined => {
    const table = findTable(s.sheet, specs);
    return table && table.missing.length === 0 && fits(table) ? { sheet: s.sheet, table } : undefined;
  };
  const named = scans.filter((s) => folded.has(foldCached(s.sheet.name)));
  for (const s of named) {
    const chosen = complete(s);
    if (chosen) return chosen;
  }
  const first = named[0];
  if (first) {
    report(ctx, 'HEADER_NOT_FOUND', { sheet: first.sheet.name, expected: expectedColumns(specs) }, { sheet: first.sheet.name, address: 'A1' });
    return undefined;
  }
  for (const s of scans) {
    if (s.register || s.proposals || s.consolidated) continue;
    const chosen = complete(s);
    if (chosen) return chosen;
  }
  return undefined;
}
