/**
 * One scoring run over a workbook snapshot: read the plan and the inputs, evaluate, and say what
 * to write. Pure: the host reads the snapshot and applies the write plan; the time is passed in.
 */
import { evaluate } from '../domain/evaluate';
import type { Evaluation } from '../domain/evaluate/types';
import { finding, sortFindings, type Finding } from '../domain/findings';
import { fingerprint, fingerprintOfJson } from '../domain/hash';
import { vi } from '../i18n/vi';
import type { EvaluationInput } from '../domain/input/schema';
import { checkPlan } from '../domain/plan/check';
import { causedByPlan } from '../domain/plan/contradictions';
import type { Plan } from '../domain/plan/schema';
import { foldKey } from '../domain/text/normalize';
import type { SheetSnapshot, WorkbookSnapshot } from './grid';
import { importedCopies } from './import/log';
import { sameSheetName, sheetNameKey } from './sheet-name';
import { parseInputs, type ParsedInputs } from './parse/inputs';
import { parsePlanSheet } from './plan/parse';
import { renderFindings } from './render/findings';
import { highlightsFor } from './render/highlights';
import { makeStamp, type RunStamp } from './render/stamp';
import { readState, renderState } from './render/state';
import { countBySeverity, renderSummary, renderSummaryWithoutPlan } from './render/summary';
import { logEntry, newLogRow, readAuditLog, renderAuditLog } from './render/audit-log';
import { renderTiers, renderTiersWithoutPlan, tierMarks } from './render/tiers';
import { renderProposalSheet } from './render/proposals';
import type { WritePlan } from './spec';
import { uniqueSheetName } from './sheet-name';
import { ballotSheetNames, findTallySheet } from './parse/ballots';
import { readVotes, type VoteColumn } from './ballots/outcome';
import { combineCrossScores, withCombinedScores, type CombinedScore } from '../domain/evaluate/cross-scoring';
import { isScorerSheet, scorerSheetsInUse } from './parse/scorers';

export interface RunResult {
  readonly plan?: Plan;
  readonly input?: EvaluationInput;
  readonly evaluation?: Evaluation;
  /** Every finding of the run (plan, sheets, scoring), sorted. */
  readonly findings: readonly Finding[];
  readonly writePlan: WritePlan;
  readonly stamp: RunStamp;
  readonly outputSheets: OutputSheets;
}

/**
 * The owned sheets of a run: the summary, findings, tiers and log are visible, the state is very hidden;
 * proposals (the council's proposal summary) only when the plan lists titles and there are proposals.
 */
export interface OutputSheets {
  readonly summary: string;
  readonly findings: string;
  readonly tiers: string;
  readonly log: string;
  readonly state: string;
  readonly proposals?: string;
}

export interface RunOptions {
  /** The time of the run: passed in, never read from a clock here. */
  readonly now: Date;
  /** Who runs it, when the host can tell (the log says "không xác định" otherwise). */
  readonly user?: string;
}

const names = vi.sheets.names;

/** The plan sheet: by name first, else the first sheet whose first column holds "Thông tin chung". */
export function findPlanSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  const byName = snapshot.sheets.find((s) => foldKey(s.name) === foldKey(names.plan));
  if (byName) return byName;
  const marker = foldKey('Thông tin chung');
  return snapshot.sheets.find((s) => s.rows.slice(0, 40).some((r) => r.some((c) => typeof c === 'string' && foldKey(c) === marker)));
}

/**
 * Picks the sheet name for an output: the usual name when free or already ours, else "name (2)" …
 * A sheet the add-in did not create is never replaced.
 */
function outputName(base: string, existing: ReadonlySet<string>, owned: ReadonlySet<string>, taken: Set<string>): string {
  // Within Excel's rules (31 characters): «Tổng hợp đề nghị khen thưởng (2)» would be 32.
  const name = uniqueSheetName(base, (candidate) => {
    const key = sheetNameKey(candidate);
    return !taken.has(key) && (!existing.has(key) || owned.has(key));
  }, { fallback: base });
  taken.add(sheetNameKey(name));
  return name;
}

/** The input fingerprint: the listed input sheets' names and values, as printed on every output sheet. */
export function inputFingerprintOf(snapshot: WorkbookSnapshot, sheets: readonly string[]): string {
  const wanted = new Set(sheets);
  // Cells are plain values, dates and one-key error objects, so the native JSON is already canonical
  // (the same text as canonicalJson, a test checks it) and ten times faster on a large workbook.
  return fingerprintOfJson(JSON.stringify(snapshot.sheets.filter((s) => wanted.has(s.name)).map((s) => [s.name, s.rows])));
}

/** The sheets a run read its inputs from: what the input fingerprint covers. */
export function inputSheetNames(parsed: ParsedInputs): string[] {
  return [parsed.registerSheet, ...parsed.resultSheets, parsed.proposalsSheet, parsed.historySheet, parsed.ratingsSheet].filter((s): s is string => s !== undefined);
}

export function runScoring(snapshot: WorkbookSnapshot, options: RunOptions): RunResult {
  const { sheet: stateSheet, state } = readState(snapshot);
  const existing = new Set(snapshot.sheets.map((s) => sheetNameKey(s.name)));
  const owned = new Set(state.owned.map(sheetNameKey));
  const taken = new Set<string>();
  const findings: Finding[] = [];
  for (const s of snapshot.sheets) if (s.mergesUnread) findings.push(finding('SHEET_MERGES_UNREAD', { sheet: s.name }));
  const outputSheets: OutputSheets = {
    summary: outputName(names.summary, existing, owned, taken),
    findings: outputName(names.findings, existing, owned, taken),
    tiers: outputName(vi.tiers.sheetName, existing, owned, taken),
    log: outputName(vi.audit.sheetName, existing, owned, taken),
    state: stateSheet ?? outputName(names.state, existing, owned, taken),
  };
  // Reserved up front so no later name takes it; written only when there is something to list.
  const proposalsName = outputName(vi.proposalSheet.sheetName, existing, owned, taken);
  const visible = [
    [names.summary, outputSheets.summary],
    [names.findings, outputSheets.findings],
    [vi.tiers.sheetName, outputSheets.tiers],
    [vi.audit.sheetName, outputSheets.log],
  ] as const;
  for (const [base, used] of visible) {
    if (base !== used) findings.push(finding('OWNED_SHEET_CONFLICT', { sheet: base, used }));
  }
  const ownedNow = new Set([outputSheets.summary, outputSheets.findings, outputSheets.tiers, outputSheets.log, outputSheets.state]);
  // The log's rows so far: only a sheet the add-in owns is read (outputName never picks anyone else's).
  const log = readAuditLog(snapshot.sheets.find((s) => sameSheetName(s.name, outputSheets.log)));
  findings.push(...log.findings);
  const planSheet = findPlanSheet(snapshot);
  const parsedPlan = planSheet ? parsePlanSheet(planSheet) : { plan: undefined, findings: [finding('SHEET_MISSING', { sheet: names.plan })] };
  findings.push(...parsedPlan.findings);
  const plan = parsedPlan.plan;
  const skipSheets = new Set([...state.owned, ...ownedNow, proposalsName, ...(planSheet ? [planSheet.name] : [])]);
  // The council's vote: the tally the secretary fills is an input of its own, the printed ballots are no data.
  const tallySheet = findTallySheet(snapshot);
  for (const name of [...ballotSheetNames(snapshot), ...(tallySheet ? [tallySheet.name] : [])]) skipSheets.add(name);
  // Cross-scoring: a scorer's sheet («Đơn vị chấm: …») is read as marks, never as a unit's own results.
  // A scorer's form brought in by the import is the only place its marks are, so it is read too.
  const copies = importedCopies(snapshot);
  const scorerSheets = snapshot.sheets.filter((s) => !skipSheets.has(s.name) && isScorerSheet(s));
  for (const s of scorerSheets) skipSheets.add(s.name);
  // Copies of returned unit files are records of what a unit sent; the consolidated sheet is the input.
  for (const name of copies) skipSheets.add(name);

  let input: EvaluationInput | undefined;
  let evaluation: Evaluation | undefined;
  let inputSheets: string[] = [];
  let crossScores: readonly CombinedScore[] = [];
  let votes: VoteColumn | undefined;
  if (plan) {
    const parsed = parseInputs(snapshot, plan, { skipSheets });
    input = parsed.input;
    inputSheets = [...inputSheetNames(parsed), ...(tallySheet ? [tallySheet.name] : [])];
    if (plan.info.crossScoring && scorerSheets.length > 0) {
      // The combined score of the block's scorers is the appraised score the rest of the engine reads.
      const inUse = scorerSheetsInUse(scorerSheets, plan, parsed.input.units, copies);
      const combined = combineCrossScores(plan, parsed.input.units, inUse.read.flatMap((r) => r.marks));
      findings.push(...inUse.read.flatMap((r) => r.findings), ...inUse.findings, ...combined.findings);
      input = withCombinedScores(parsed.input, combined.scores);
      crossScores = combined.scores;
      inputSheets.push(...inUse.read.map((r) => r.sheet));
    }
    const planFindings = checkPlan(plan, { units: parsed.input.units, ...(parsedPlan.cellOf ? { cellOf: parsedPlan.cellOf } : {}) });
    findings.push(...parsed.findings, ...planFindings);
    evaluation = evaluate(plan, input);
    // The council's vote on a tie at the edge of a quota gives the slots to the units it chose: the
    // ballots were made from this evaluation, so the tally is read against it, then the engine runs again.
    votes = tallySheet ? readVotes(plan, evaluation, tallySheet) : undefined;
    if (votes && votes.councilChoices.length > 0) {
      input = { ...input, councilChoices: [...votes.councilChoices] };
      evaluation = evaluate(plan, input);
    }
    // A unit is not blamed for what the plan got wrong (a step worth more than its maximum): the plan's finding says it.
    const blamedOnPlan = causedByPlan(plan, planFindings);
    findings.push(...evaluation.findings.filter((f) => !blamedOnPlan(f)));
  }
  if (votes) findings.push(...votes.findings);
  // the proposal summary, owned only once written
  const writeProposals = plan !== undefined && evaluation?.eligibility !== undefined && (input?.proposals.length ?? 0) > 0;
  if (writeProposals) {
    ownedNow.add(proposalsName);
    if (proposalsName !== vi.proposalSheet.sheetName) findings.push(finding('OWNED_SHEET_CONFLICT', { sheet: vi.proposalSheet.sheetName, used: proposalsName }));
  }
  // Every finding of the run is here: sorted once, and every sheet, note and line that shows them keeps this order.
  const sortedFindings = sortFindings(findings);
  const stamp = makeStamp(options.now, plan ? fingerprint(plan) : '', inputFingerprintOf(snapshot, inputSheets));
  const summary = plan && evaluation
    ? renderSummary({ plan, evaluation, findings: sortedFindings, stamp, name: outputSheets.summary, logSheet: outputSheets.log, ...(votes ? { votes: votes.byUnit } : {}) })
    : renderSummaryWithoutPlan(outputSheets.summary);
  const tiers = plan && evaluation ? renderTiers({ plan, evaluation, stamp, name: outputSheets.tiers, logSheet: outputSheets.log, cross: crossScores }) : renderTiersWithoutPlan(outputSheets.tiers);
  const proposalSheet = writeProposals && plan && evaluation ? renderProposalSheet({ plan, evaluation, stamp, name: proposalsName, logSheet: outputSheets.log, ...(votes ? { votes: votes.byProposal } : {}) }) : undefined;
  const entry = logEntry(stamp, options.user, {
    units: new Set(input?.units.map((u) => u.code)).size,
    proposals: input?.proposals.length ?? 0,
    ...countBySeverity(sortedFindings),
    sheets: [outputSheets.summary, ...(proposalSheet ? [proposalsName] : []), outputSheets.findings, outputSheets.tiers, outputSheets.log].join('; '),
  });
  const writePlan: WritePlan = {
    sheets: [
      summary,
      ...(proposalSheet ? [proposalSheet] : []),
      renderFindings(outputSheets.findings, sortedFindings, input?.units ?? [], { stamp, logSheet: outputSheets.log }),
      tiers,
      renderAuditLog(outputSheets.log, log, newLogRow(log, entry)),
      renderState(outputSheets.state, { owned: [...ownedNow] }, stamp),
    ],
    highlights: highlightsFor(sortedFindings, ownedNow, evaluation ? tierMarks(evaluation) : []),
    guard: { stateSheet: outputSheets.state, lastRun: stateSheet ? (state.lastRun ?? '') : null },
  };
  return { plan, input, evaluation, findings: sortedFindings, writePlan, stamp, outputSheets: proposalSheet ? { ...outputSheets, proposals: proposalsName } : outputSheets };
}
