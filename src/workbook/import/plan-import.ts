/**
 * What to do with a batch of filled unit workbooks sent back to the officer: per file, which unit it
 * is for, whether its form matches the plan, what it would change, and a line in the import log.
 * Pure: the host reads the files (bytes → snapshot, checksum) and writes what this returns — a
 * consolidated sheet the officer can correct before scoring, and the log. Nothing is dropped
 * silently: every file gets a log row with its result and reason.
 */
import { compareCodes, type Finding } from '../../domain/findings';
import { formatNumberVi } from '../../domain/i18n/types';
import { vi } from '../../domain/i18n/vi';
import type { Entry, Unit, UnitResult } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import { parseInputs } from '../parse/inputs';
import { parsePlanSheet } from '../parse/plan-sheet';
import { text } from '../render/cells';
import { findPlanSheet } from '../run';
import type { OutCell, SheetSpec } from '../spec';
import { readTemplateState, templateStateSheetName } from '../template/state';
import { diffEntries, type EntryChange } from './entry-diff';
import { convertSheetText } from './legacy-text';
import { matchUnit } from './match-unit';
import { diffPlan, isSamePlan, type PlanDiff } from './plan-diff';

const t = vi.importText;

export interface IncomingFile {
  readonly name: string;
  /** SHA-256 of the file's bytes, computed by the host. */
  readonly checksum: string;
  readonly snapshot?: WorkbookSnapshot;
  /** Why the host could not read it (not an .xlsx, damaged …). */
  readonly error?: string;
}

export type ImportStatus = keyof typeof t.status;

export interface ImportLogRow {
  readonly file: string;
  readonly unit: string;
  readonly checksum: string;
  readonly status: ImportStatus;
  readonly reason: string;
}

export interface ImportOptions {
  /** A second file for a unit that already has results replaces them (otherwise it waits, with the differences). */
  readonly replace: boolean;
  /** ISO time of the import, written in the log. */
  readonly time: string;
}

export type ImportPlan =
  | { readonly status: 'refused'; readonly reason: string }
  | {
      readonly status: 'ready';
      /** The units' results after the import, one per unit, register order. */
      readonly results: readonly UnitResult[];
      readonly log: readonly ImportLogRow[];
      /** What each file's sheets gave the reader to review (with the file's own cell addresses). */
      readonly findings: readonly { readonly file: string; readonly findings: readonly Finding[] }[];
      readonly sheets: readonly SheetSpec[];
    };

const fieldNames: Readonly<Record<EntryChange['field'], string>> = t.fields;

function describeChanges(changes: readonly EntryChange[]): string {
  const shown = changes.slice(0, 8).map((c) => `${c.code} ${fieldNames[c.field]} ${c.before === undefined ? t.blank : formatNumberVi(c.before)} → ${c.after === undefined ? t.blank : formatNumberVi(c.after)}`);
  return shown.join('; ') + (changes.length > shown.length ? '; …' : '');
}

function describePlanDiff(diff: PlanDiff): string {
  return [
    diff.added.length > 0 ? t.reasons.added({ codes: diff.added.join(', ') }) : '',
    diff.removed.length > 0 ? t.reasons.removed({ codes: diff.removed.join(', ') }) : '',
    diff.maxChanged.length > 0 ? t.reasons.maxChanged({ changes: diff.maxChanged.map((m) => `${m.code}: ${formatNumberVi(m.was)} → ${formatNumberVi(m.now)}`).join(', ') }) : '',
  ]
    .filter((s) => s !== '')
    .join('; ');
}

/** The master's plan, register sheet and units; a reason when the import cannot start. */
function readMaster(master: WorkbookSnapshot): { plan: Plan; register: SheetSnapshot; units: readonly Unit[]; results: readonly UnitResult[] } | string {
  const planSheet = findPlanSheet(master);
  const plan = planSheet ? parsePlanSheet(planSheet).plan : undefined;
  if (!planSheet || !plan) return t.reasons.noPlan;
  const skip = new Set([planSheet.name, t.logSheet]);
  const parsed = parseInputs(master, plan, { skipSheets: skip });
  const register = master.sheets.find((s) => s.name === parsed.registerSheet);
  if (!register || parsed.input.units.length === 0) return t.reasons.noRegister;
  return { plan, register, units: parsed.input.units, results: parsed.input.results };
}

/** One file's unit results, read by the same parsers as the master, against the master's register. */
function readFile(file: IncomingFile & { snapshot: WorkbookSnapshot }, plan: Plan, register: SheetSnapshot) {
  const stateName = foldKey(templateStateSheetName);
  const conversions: number[] = [];
  const sheets = file.snapshot.sheets
    .filter((s) => foldKey(s.name) !== stateName && s.visibility === 'visible')
    .map((s) => {
      const converted = convertSheetText(s);
      conversions.push(converted.conversions.length);
      return converted.sheet;
    });
  // The master's register goes first under a name no unit sheet can have, so units are matched as in the master.
  const registerCopy: SheetSnapshot = { ...register, name: `\u0000${register.name}` };
  const parsed = parseInputs({ sheets: [registerCopy, ...sheets] }, plan, { skipSheets: new Set() });
  const findings = parsed.findings.filter((f) => f.cell?.sheet !== registerCopy.name);
  return { results: parsed.input.results, findings, converted: conversions.reduce((a, b) => a + b, 0), sheets };
}

function headerHints(sheets: readonly SheetSnapshot[]): string | undefined {
  const label = foldKey(vi.inputSheets.unitSheet.labels.unit.replace(':', ''));
  for (const s of sheets) {
    for (const row of s.rows.slice(0, 15)) {
      const at = row.findIndex((c) => typeof c === 'string' && foldKey(c.replace(':', '')) === label);
      const value = at >= 0 ? row.slice(at + 1).find((c) => c !== null && cellText(c).trim() !== '') : undefined;
      if (value !== undefined && value !== null) return cellText(value).trim();
    }
  }
  return undefined;
}

export function planImport(master: WorkbookSnapshot, files: readonly IncomingFile[], options: ImportOptions): ImportPlan {
  if (master.sheets.some((s) => foldKey(s.name) === foldKey(t.consolidatedSheet))) {
    return { status: 'refused', reason: t.reasons.consolidatedExists({ sheet: t.consolidatedSheet }) };
  }
  const m = readMaster(master);
  if (typeof m === 'string') return { status: 'refused', reason: m };
  const { plan, register, units } = m;
  const byCode = new Map(units.map((u) => [u.code, u]));
  // Results so far: the master's own unit sheets, then each file in name order.
  const current = new Map<string, { entries: readonly Entry[]; from: string }>(m.results.map((r) => [r.unitCode, { entries: r.entries, from: r.sheet ?? '' }]));
  const imported = new Map<string, UnitResult>();
  const log: ImportLogRow[] = [];
  const fileFindings: { file: string; findings: Finding[] }[] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const file of sorted) {
    const row = (status: ImportStatus, unit: string, reasons: readonly string[]): void => {
      log.push({ file: file.name, unit, checksum: file.checksum, status, reason: reasons.filter((r) => r !== '').join(' ') });
    };
    if (!file.snapshot) {
      row('rejected', '', [t.reasons.unreadable({ detail: file.error ?? '' })]);
      continue;
    }
    const snapshot = file.snapshot;
    const template = readTemplateState(snapshot);
    const diff = template.status === 'ok' ? diffPlan(template.state.criteria, plan) : undefined;
    const read = readFile({ ...file, snapshot }, plan, register);
    if (read.findings.length > 0) fileFindings.push({ file: file.name, findings: read.findings });
    const notes = [
      template.status === 'ok' ? '' : t.reasons.noTemplate,
      read.converted > 0 ? t.reasons.converted({ count: read.converted }) : '',
      read.findings.length > 0 ? t.reasons.findings({ count: read.findings.length, codes: [...new Set(read.findings.map((f) => f.code))].sort().join(', ') }) : '',
    ];
    if (read.results.length === 0) {
      const match = matchUnit(units, { ...(template.status === 'ok' ? { templateCode: template.state.unitCode } : {}), ...(headerHints(read.sheets) ? { sheetText: headerHints(read.sheets) } : {}), fileName: file.name });
      const reason =
        match.status === 'ambiguous'
          ? t.reasons.unitAmbiguous({ candidates: match.candidates.map((u) => `${u.code} ${u.name}`).join(', ') })
          : match.status === 'unknown'
            ? t.reasons.unitUnknown({ detail: headerHints(read.sheets) ?? file.name })
            : t.reasons.noResults;
      row(match.status === 'matched' ? 'rejected' : 'waiting', match.status === 'matched' ? match.unit.code : '', [reason, ...notes]);
      continue;
    }
    for (const result of read.results) {
      const unit = byCode.get(result.unitCode);
      const unitLabel = unit ? `${unit.code} ${unit.name}` : result.unitCode;
      if (template.status === 'ok' && template.state.unitCode !== result.unitCode) {
        row('waiting', unitLabel, [t.reasons.unitConflict({ template: template.state.unitCode, sheet: unitLabel }), ...notes]);
        continue;
      }
      let entries = result.entries;
      let status: ImportStatus = 'imported';
      const reasons: string[] = [];
      if (diff && !isSamePlan(diff)) {
        const safe = new Set(diff.unchanged);
        entries = entries.filter((e) => safe.has(e.criterionCode));
        status = 'partial';
        reasons.push(t.reasons.olderPlan({ changes: describePlanDiff(diff) }));
      }
      const before = current.get(result.unitCode);
      if (before) {
        const changes = diffEntries(before.entries, entries);
        if (changes.length === 0) {
          row(status, unitLabel, [t.reasons.sameAsBefore({ from: before.from }), ...reasons, ...notes]);
          continue;
        }
        if (!options.replace) {
          row('waiting', unitLabel, [t.reasons.duplicate({ from: before.from, count: changes.length, changes: describeChanges(changes) }), ...reasons, ...notes]);
          continue;
        }
        reasons.unshift(t.reasons.replaced({ from: before.from, count: changes.length, changes: describeChanges(changes) }));
      }
      current.set(result.unitCode, { entries, from: file.name });
      imported.set(result.unitCode, { unitCode: result.unitCode, entries, sheet: file.name });
      row(status, unitLabel, [...reasons, ...notes]);
    }
  }
  const results = units.flatMap((u) => {
    const r = imported.get(u.code);
    return r ? [r] : [];
  });
  const previousLog = master.sheets.find((s) => foldKey(s.name) === foldKey(t.logSheet));
  return {
    status: 'ready',
    results,
    log,
    findings: fileFindings,
    sheets: [renderConsolidated(plan, units, results), renderImportLog(previousLog, log, options.time)],
  };
}

/** Leaf criteria (no sub-criteria): the ones a unit enters values for. */
function leafCriteria(plan: Plan): Plan['criteria'] {
  return plan.criteria.filter((c) => !plan.criteria.some((o) => o.code.startsWith(`${c.code}.`)));
}

/**
 * One row per imported unit, one column per criterion and field, in the consolidated layout the
 * reader already knows ("1.1 KQ", "1.1 TC", "1.1 TĐ"); only the fields some unit filled get a column.
 */
export function renderConsolidated(plan: Plan, units: readonly Unit[], results: readonly UnitResult[]): SheetSpec {
  const suffix = vi.inputSheets.consolidated.suffixes;
  const fields = [
    ['actual', suffix.actual],
    ['selfScore', suffix.self],
    ['appraisedScore', suffix.appraised],
    ['blockLeaderScore', suffix.blockLeader],
  ] as const;
  const leaves = leafCriteria(plan).sort((a, b) => compareCodes(a.code, b.code));
  const columns = leaves.flatMap((c) =>
    fields.flatMap(([field, label]) => (results.some((r) => r.entries.some((e) => e.criterionCode === c.code && e[field] !== undefined)) ? [{ code: c.code, field, header: `${c.code} ${label}` }] : [])),
  );
  const unitHeader = vi.inputSheets.register;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows: OutCell[][] = [
    [text(t.consolidatedTitle, 'title')],
    [],
    [text(unitHeader.code, 'tableHeader'), text(unitHeader.name, 'tableHeader'), ...columns.map((c) => text(c.header, 'tableHeader'))],
    ...results.map((r) => {
      const entries = new Map(r.entries.map((e) => [e.criterionCode, e]));
      const unit = byCode.get(r.unitCode);
      return [
        text(r.unitCode),
        text(unit?.name ?? ''),
        ...columns.map((c): OutCell => {
          const v = entries.get(c.code)?.[c.field];
          return { value: v ?? null, style: 'number' };
        }),
      ];
    }),
  ];
  return { name: t.consolidatedSheet, role: 'input', visibility: 'visible', rows, columnWidths: [12, 34, ...columns.map(() => 9)], merges: [], freeze: { rows: 3, columns: 2 } };
}

/** The log: the rows already there (kept as read), then this import's rows, numbered by import. */
export function renderImportLog(previous: SheetSnapshot | undefined, log: readonly ImportLogRow[], time: string): SheetSpec {
  const header = foldKey(t.logColumns[0] ?? '');
  const start = previous ? previous.rows.findIndex((r) => typeof r[0] === 'string' && foldKey(r[0]) === header) : -1;
  const kept = previous && start >= 0 ? previous.rows.slice(start + 1).filter((r) => r.some((c) => c !== null && cellText(c).trim() !== '')) : [];
  const lastRun = kept.reduce((n, r) => (typeof r[0] === 'number' && r[0] > n ? r[0] : n), 0);
  const keptRows = kept.map((r) => t.logColumns.map((_, i): OutCell => {
    const v = r[i] ?? null;
    return typeof v === 'number' ? { value: v, style: 'cellCenter' } : text(v === null ? '' : cellText(v));
  }));
  const newRows = log.map((l): OutCell[] => [
    { value: lastRun + 1, style: 'cellCenter' },
    text(time),
    text(l.file),
    text(l.unit),
    text(l.checksum),
    text(t.status[l.status], l.status === 'imported' ? 'cell' : l.status === 'rejected' ? 'error' : 'warning'),
    text(l.reason),
  ]);
  return {
    name: t.logSheet,
    role: 'log',
    visibility: 'visible',
    rows: [[text(t.logTitle, 'title')], [], t.logColumns.map((c) => text(c, 'tableHeader')), ...keptRows, ...newRows],
    columnWidths: [8, 22, 36, 30, 20, 16, 80],
    merges: [],
    freeze: { rows: 3, columns: 0 },
  };
}
