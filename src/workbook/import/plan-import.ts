/**
 * What to do with a batch of filled unit workbooks sent back to the officer: per file, which unit it
 * is for, whether its form matches the plan, what it would change, and a line in the import log.
 * Pure: the host reads the files (bytes → snapshot, checksum) and writes what this returns — a
 * consolidated sheet the officer can correct before scoring, and the log. Nothing is dropped
 * silently: every file gets a log row with its result and reason.
 */
import type { Finding } from '../../domain/findings';
import { fingerprint } from '../../domain/hash';
import { describeFinding } from '../../i18n';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import type { Entry, Unit, UnitResult } from '../../domain/input/schema';
import { hasAnyValue } from '../../domain/input/blank';
import type { Plan } from '../../domain/plan/schema';
import { compareFileNames, foldKey } from '../../domain/text/normalize';
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import { parseInputs } from '../parse/inputs';
import { parsePlanSheet } from '../plan/parse';
import { readState } from '../render/state';
import { findPlanSheet } from '../run';
import { sameSheetName } from '../sheet-name';
import type { SheetSpec } from '../spec';
import { readTemplateState, templateStateSheetName, type TemplateStateRead } from '../template/state';
import { isScorerSheet, readScorerSheet, scorerLabelText } from '../parse/scorers';
import { currentScorerMarks, describeMarkChanges, describeMarks, diffMarks, markFindings, scorerCopyName, scorerSheetsOf } from './scorer-forms';
import { firstLostCell, renderConsolidated } from './consolidated';
import { copyName, valuesCopy, type SheetCopy } from './copies';
import { diffEntries, type EntryChange } from './entry-diff';
import { convertSheetText, type TextConversion } from './legacy-text';
import { findImportLog, readImportLog, renderImportLog, type ImportLogRow, type ImportStatus } from './log';
import { matchUnit } from './match-unit';
import { diffPlan, isSamePlan, type PlanDiff } from './plan-diff';

export type { ImportLogRow, ImportQuestion, ImportStatus } from './log';
export type { SheetCopy } from './copies';

const t = vi.importText;

export interface IncomingFile {
  readonly name: string;
  /** SHA-256 of the file's bytes, computed by the host. */
  readonly checksum: string;
  readonly snapshot?: WorkbookSnapshot;
  /** Why the host could not read it (not an .xlsx, damaged …). */
  readonly error?: string;
}

export interface ImportOptions {
  /** Every second file for a unit that already has results replaces them (otherwise it waits, with the differences). */
  readonly replace: boolean;
  /** Files the officer confirmed, after seeing the differences, as replacing a unit's results. */
  readonly replaceFiles?: ReadonlySet<string>;
  /** The officer's answers to "which unit is this file for?": file name → unit code. */
  readonly unitOf?: ReadonlyMap<string, string>;
  /** ISO time of the import, written in the log. */
  readonly time: string;
}

export type ImportPlan =
  | { readonly status: 'refused'; readonly reason: string }
  | {
      readonly status: 'ready';
      /** The consolidated sheet's units after the import (earlier imports and this one), register order. */
      readonly results: readonly UnitResult[];
      readonly log: readonly ImportLogRow[];
      /** What each file's sheets gave the reader to review (with the file's own cell addresses). */
      readonly findings: readonly { readonly file: string; readonly findings: readonly Finding[] }[];
      /** The consolidated sheet and the import log, then the scorer sheets of cross-scoring brought in (inputs of `score`). */
      readonly sheets: readonly SheetSpec[];
      /** The units' own sheets to bring into the workbook, one per imported result. */
      readonly copies: readonly SheetCopy[];
      /** Names of the scorer sheets brought in (written with `sheets`): what `score` reads the scorers' figures from. */
      readonly scorerSheets: readonly string[];
      /** The register, to offer when a file's unit is asked about. */
      readonly units: readonly Pick<Unit, 'code' | 'name' | 'block'>[];
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

interface Master {
  readonly plan: Plan;
  readonly register: SheetSnapshot;
  readonly units: readonly Unit[];
  readonly results: readonly UnitResult[];
  /** Scorer sheets of cross-scoring already in the master (the officer's own and earlier imports'). */
  readonly scorerSheets: readonly SheetSnapshot[];
  readonly consolidated?: SheetSnapshot;
}

/** The master's plan, register, units and results so far; a reason when the import cannot start. */
function readMaster(master: WorkbookSnapshot): Master | string {
  const planSheet = findPlanSheet(master);
  const plan = planSheet ? parsePlanSheet(planSheet).plan : undefined;
  if (!planSheet || !plan) return t.reasons.noPlan;
  // Not inputs: the plan, the logs, the add-in's output sheets and the copies of files already imported.
  const skip = new Set([planSheet.name, t.logSheet, ...readState(master).state.owned, ...readImportLog(findImportLog(master)).copies]);
  // A scorer's sheet of cross-scoring holds marks, never a unit's own results.
  const scorerSheets = master.sheets.filter((s) => !skip.has(s.name) && isScorerSheet(s));
  for (const s of scorerSheets) skip.add(s.name);
  const parsed = parseInputs(master, plan, { skipSheets: skip });
  const register = master.sheets.find((s) => s.name === parsed.registerSheet);
  if (!register || parsed.input.units.length === 0) return t.reasons.noRegister;
  const consolidated = master.sheets.find((s) => sameSheetName(s.name, t.consolidatedSheet));
  return { plan, register, units: parsed.input.units, results: parsed.input.results, scorerSheets, ...(consolidated ? { consolidated } : {}) };
}

/** One file's unit results, read by the same parsers as the master, against the master's register. */
function readFile(file: IncomingFile & { snapshot: WorkbookSnapshot }, plan: Plan, register: SheetSnapshot, forceUnitCode: string | undefined) {
  const stateName = foldKey(templateStateSheetName);
  const conversions: { sheet: string; list: TextConversion[] }[] = [];
  const sheets = file.snapshot.sheets
    .filter((s) => foldKey(s.name) !== stateName && s.visibility === 'visible')
    .map((s) => {
      const converted = convertSheetText(s);
      if (converted.conversions.length > 0) conversions.push({ sheet: s.name, list: converted.conversions });
      return converted.sheet;
    });
  // The master's register goes first under a name no unit sheet can have, so units are matched as in the master.
  const registerCopy: SheetSnapshot = { ...register, name: `\u0000${register.name}` };
  const parsed = parseInputs({ sheets: [registerCopy, ...sheets] }, plan, { skipSheets: new Set(), ...(forceUnitCode === undefined ? {} : { forceUnitCode }) });
  const findings = parsed.findings.filter((f) => f.cell?.sheet !== registerCopy.name);
  return { results: parsed.input.results, findings, conversions, sheets };
}

/** "3 điểm cần xem …: Kết quả!F12 — Điểm «chín» không phải là số; …": the first few with their cell, in words. */
function describeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const shown = findings.slice(0, 3).map((f) => `${f.cell ? `${f.cell.sheet}!${f.cell.address} — ` : ''}${describeFinding(f).message}`);
  return t.reasons.findings({ count: findings.length, details: `${shown.join('; ')}${findings.length > shown.length ? '; …' : ''}` });
}

/** "Đã chuyển 3 ô … (Kết quả!H12 TCVN3, …)": every conversion counted, the first few shown with their cell. */
function describeConversions(conversions: readonly { sheet: string; list: readonly TextConversion[] }[]): string {
  const all = conversions.flatMap((c) => c.list.map((l) => `${c.sheet}!${l.address} ${l.encoding.toUpperCase()}`));
  if (all.length === 0) return '';
  return t.reasons.converted({ count: all.length, cells: `${all.slice(0, 5).join(', ')}${all.length > 5 ? ', …' : ''}` });
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

/** Where a unit's current results are: a sheet of the master (never replaced), the consolidated sheet, or a file of this batch. */
interface Current {
  readonly entries: readonly Entry[];
  readonly from: string;
  readonly kind: 'sheet' | 'consolidated' | 'file';
}

export function planImport(master: WorkbookSnapshot, files: readonly IncomingFile[], options: ImportOptions): ImportPlan {
  const m = readMaster(master);
  if (typeof m === 'string') return { status: 'refused', reason: m };
  const { plan, register, units } = m;
  const earlier = m.results.filter((r) => m.consolidated !== undefined && r.sheet === m.consolidated.name);
  if (m.consolidated) {
    // A later batch rewrites the consolidated sheet: only if every cell in it comes back as it is.
    const lost = firstLostCell(m.consolidated, renderConsolidated(plan, units, earlier));
    if (lost) return { status: 'refused', reason: t.reasons.consolidatedChanged({ sheet: m.consolidated.name, ...lost }) };
  }
  const previousLog = findImportLog(master);
  const logRead = readImportLog(previousLog);
  if (previousLog && !logRead.ours && previousLog.rows.some((r) => r.some((c) => c !== null && cellText(c).trim() !== ''))) {
    // A sheet of that name that is not an import log: rewriting it would lose what someone typed there.
    return { status: 'refused', reason: t.reasons.logNotOurs({ sheet: previousLog.name }) };
  }
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byFoldedCode = new Map(units.map((u) => [foldKey(u.code), u]));
  const label = (code: string): string => {
    const unit = byCode.get(code);
    return unit ? `${unit.code} ${unit.name}` : code;
  };
  const current = new Map<string, Current>(
    m.results.map((r): [string, Current] => [r.unitCode, { entries: r.entries, from: r.sheet ?? '', kind: r.sheet === m.consolidated?.name ? 'consolidated' : 'sheet' }]),
  );
  const consolidated = new Map<string, UnitResult>(earlier.map((r) => [r.unitCode, r]));
  const scorerCurrent = currentScorerMarks(
    master.sheets.filter((s) => m.scorerSheets.includes(s) || logRead.copies.includes(s.name)),
    plan,
    units,
    logRead.copies,
  );
  const scorerSheetsIn: SheetSpec[] = [];
  const log: ImportLogRow[] = [];
  const copies: SheetCopy[] = [];
  const taken = master.sheets.map((s) => s.name);
  const fileFindings: { file: string; findings: Finding[] }[] = [];
  const sorted = [...files].sort((a, b) => compareFileNames(a.name, b.name));

  type Row = (status: ImportStatus, unit: string, reasons: readonly string[], extra?: Pick<ImportLogRow, 'copy' | 'question'>) => void;
  /** A returned scorer form: one log row per scorer sheet, the same statuses and questions as a unit's form. */
  const importScorerSheets = (fileName: string, sheets: readonly SheetSnapshot[], template: TemplateStateRead, answered: Unit | undefined, row: Row): void => {
    const formCode = template.status === 'ok' && template.state.kind === 'scorer' ? template.state.unitCode : undefined;
    const diff = template.status === 'ok' ? diffPlan(template.state.criteria, plan) : undefined;
    for (const raw of sheets) {
      const converted = convertSheetText(raw);
      const sheet = converted.sheet;
      const labelText = scorerLabelText(sheet);
      const byLabel = labelText === undefined ? undefined : readScorerSheet(sheet, plan, units).scorer;
      const notes = [
        answered ? t.reasons.answered({ unit: label(answered.code) }) : '',
        template.status === 'ok' ? '' : t.reasons.noTemplate,
        describeConversions(converted.conversions.length > 0 ? [{ sheet: sheet.name, list: converted.conversions }] : []),
      ];
      if (!plan.info.crossScoring) {
        row('rejected', byLabel ?? formCode ?? '', [t.reasons.scorerNoCrossScoring, ...notes]);
        continue;
      }
      // The officer's answer first, then the form's own record, then the sheet's label: never a guess.
      if (!answered && formCode !== undefined && byLabel !== undefined && formCode !== byLabel && byCode.has(formCode)) {
        row('waiting', label(byLabel), [t.reasons.unitConflict({ template: label(formCode), sheet: label(byLabel) }), ...notes], { question: { kind: 'unit', candidates: [formCode, byLabel] } });
        continue;
      }
      const scorerCode = answered?.code ?? (formCode !== undefined && byCode.has(formCode) ? formCode : byLabel);
      if (scorerCode === undefined) {
        row('waiting', '', [t.reasons.unitUnknown({ detail: labelText ?? fileName }), ...notes], { question: { kind: 'unit', candidates: [] } });
        continue;
      }
      const read = readScorerSheet(sheet, plan, units, scorerCode);
      const unitLabel = label(scorerCode);
      const problems = [...read.findings, ...markFindings(plan, units, read.marks)];
      if (problems.length > 0) fileFindings.push({ file: fileName, findings: problems });
      notes.push(describeFindings(problems));
      if (read.marks.length === 0) {
        row('rejected', unitLabel, [t.reasons.scorerBlank, ...notes]);
        continue;
      }
      if (diff && diff.maxChanged.length > 0) {
        row('rejected', unitLabel, [t.reasons.scorerOlderPlan({ changes: describePlanDiff(diff) }), ...notes]);
        continue;
      }
      // Criteria added or removed since the form was made: only the ones in both are read.
      const status: ImportStatus = diff && !isSamePlan(diff) ? 'partial' : 'imported';
      const reasons = [describeMarks(read.marks), status === 'partial' && diff ? t.reasons.olderPlan({ changes: describePlanDiff(diff) }) : ''];
      const before = scorerCurrent.get(scorerCode);
      if (before) {
        const changes = diffMarks(before.marks, read.marks);
        if (changes.length === 0) {
          row(status, unitLabel, [t.reasons.sameAsBefore({ from: before.from }), ...reasons, ...notes]);
          continue;
        }
        const shown = { count: changes.length, changes: describeMarkChanges(changes) };
        if (before.kind === 'sheet') {
          row('waiting', unitLabel, [t.reasons.inOwnSheet({ sheet: before.from, ...shown }), ...reasons, ...notes]);
          continue;
        }
        if (!options.replace && !options.replaceFiles?.has(fileName)) {
          row('waiting', unitLabel, [t.reasons.duplicate({ from: before.from, ...shown }), ...reasons, ...notes], { question: { kind: 'replace' } });
          continue;
        }
        reasons.unshift(t.reasons.replaced({ from: before.from, ...shown }));
      }
      const unit = byCode.get(scorerCode);
      const as = scorerCopyName(unit ?? { code: scorerCode, name: '' }, taken);
      taken.push(as);
      // Written with the log, in the same write: the marks are in this sheet only.
      scorerSheetsIn.push(valuesCopy(sheet, as));
      scorerCurrent.set(scorerCode, { marks: read.marks, from: fileName, kind: 'file' });
      row(status, unitLabel, [...reasons, ...notes, t.reasons.scorerSheetIsInput], { copy: as });
    }
  };

  for (const file of sorted) {
    const row = (status: ImportStatus, unit: string, reasons: readonly string[], extra: Pick<ImportLogRow, 'copy' | 'question'> = {}): void => {
      log.push({ file: file.name, unit, checksum: file.checksum, status, reason: reasons.filter((r) => r !== '').join(' '), ...extra });
    };
    if (!file.snapshot) {
      // The host's sentence names the file and what it is (another format, a folder, a damaged file …).
      row('rejected', '', [file.error ?? t.reasons.unreadable({ detail: '' })]);
      continue;
    }
    const snapshot = file.snapshot;
    const answer = options.unitOf?.get(file.name);
    const answered = answer === undefined ? undefined : byFoldedCode.get(foldKey(answer));
    if (answer !== undefined && !answered) {
      row('waiting', '', [t.reasons.answerNotInRegister({ code: answer })], { question: { kind: 'unit', candidates: [] } });
      continue;
    }
    const template = readTemplateState(snapshot);
    const stateKey = foldKey(templateStateSheetName);
    const scorerSheets = scorerSheetsOf(
      snapshot.sheets.filter((s) => foldKey(s.name) !== stateKey && s.visibility === 'visible'),
      template,
    );
    if (scorerSheets.length > 0) {
      importScorerSheets(file.name, scorerSheets, template, answered, row);
      continue;
    }
    const diff = template.status === 'ok' ? diffPlan(template.state.criteria, plan) : undefined;
    const read = readFile({ ...file, snapshot }, plan, register, answered?.code);
    if (read.findings.length > 0) fileFindings.push({ file: file.name, findings: read.findings });
    const notes = [
      answered ? t.reasons.answered({ unit: label(answered.code) }) : '',
      template.status === 'ok' ? '' : t.reasons.noTemplate,
      // The plan was edited since the form was made, but nothing a unit fills in changed: said, not hidden.
      template.status === 'ok' && diff && isSamePlan(diff) && template.state.planFingerprint !== fingerprint(plan) ? t.reasons.planEdited : '',
      describeConversions(read.conversions),
      describeFindings(read.findings),
    ];
    if (read.results.length === 0) {
      const hint = headerHints(read.sheets);
      const match = answered
        ? ({ status: 'matched', unit: answered, by: 'template' } as const)
        : matchUnit(units, { ...(template.status === 'ok' ? { templateCode: template.state.unitCode } : {}), ...(hint ? { sheetText: hint } : {}), fileName: file.name });
      if (match.status === 'matched') row('rejected', match.unit.code, [t.reasons.noResults, ...notes]);
      else if (match.status === 'ambiguous') {
        const candidates = match.candidates.map((u) => u.code);
        row('waiting', '', [t.reasons.unitAmbiguous({ candidates: candidates.map(label).join(', ') }), ...notes], { question: { kind: 'unit', candidates } });
      } else row('waiting', '', [t.reasons.unitUnknown({ detail: hint ?? file.name }), ...notes], { question: { kind: 'unit', candidates: [] } });
      continue;
    }
    for (const result of read.results) {
      const unitLabel = label(result.unitCode);
      // Blank is never 0: a form nobody filled in would score «0 điểm, Yếu».
      if (!hasAnyValue(result.entries)) {
        row('rejected', unitLabel, [t.reasons.blankForm, ...notes]);
        continue;
      }
      if (!answered && template.status === 'ok' && template.state.unitCode !== result.unitCode) {
        const candidates = [template.state.unitCode, result.unitCode].filter((c) => byCode.has(c));
        row('waiting', unitLabel, [t.reasons.unitConflict({ template: label(template.state.unitCode), sheet: unitLabel }), ...notes], { question: { kind: 'unit', candidates } });
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
        const shown = { count: changes.length, changes: describeChanges(changes) };
        if (before.kind === 'sheet') {
          // The master's own unit sheet is an input someone typed: the import never replaces it.
          row('waiting', unitLabel, [t.reasons.inOwnSheet({ sheet: before.from, ...shown }), ...reasons, ...notes]);
          continue;
        }
        if (!options.replace && !options.replaceFiles?.has(file.name)) {
          row('waiting', unitLabel, [t.reasons.duplicate({ from: before.from, ...shown }), ...reasons, ...notes], { question: { kind: 'replace' } });
          continue;
        }
        reasons.unshift(t.reasons.replaced({ from: before.from, ...shown }));
      }
      current.set(result.unitCode, { entries, from: file.name, kind: 'file' });
      consolidated.set(result.unitCode, { unitCode: result.unitCode, entries, sheet: file.name });
      const source = snapshot.sheets.find((s) => s.name === result.sheet);
      const unit = byCode.get(result.unitCode);
      if (source && unit) {
        const as = copyName(unit, taken);
        taken.push(as);
        copies.push({ file: file.name, sheet: source.name, as, values: valuesCopy(source, as) });
        row(status, unitLabel, [...reasons, ...notes], { copy: as });
      } else row(status, unitLabel, [...reasons, ...notes, t.reasons.noCopy]);
    }
  }
  const results = units.flatMap((u) => {
    const r = consolidated.get(u.code);
    return r ? [r] : [];
  });
  return {
    status: 'ready',
    results,
    log,
    findings: fileFindings,
    sheets: [renderConsolidated(plan, units, results), renderImportLog(logRead, log, options.time), ...scorerSheetsIn],
    copies,
    scorerSheets: scorerSheetsIn.map((x) => x.name),
    units: units.map((u) => ({ code: u.code, name: u.name, block: u.block })),
  };
}
