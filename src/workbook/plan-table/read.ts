/**
 * Reads a scoring table as officers receive it (a grid of text rows: «STT | Tiêu chuẩn thi đua | Điểm:
 * Chuẩn | Thưởng | Trừ») into a proposed criteria tree, with a finding for each thing it could not decide.
 * Pure: no host, no file. Codes are kept as written and matched through domain/plan/codes.ts.
 */
import { finding, type Finding, type FindingCode, type FindingParams } from '../../domain/findings';

/** The codes of findings about one row of the table. */
type TableRowCode = { [C in FindingCode]: FindingParams[C] extends { row: number } ? C : never }[FindingCode];
import { codeKey, displayCode, isCriterionCode, structuralParentKey } from '../../domain/plan/codes';
import type { CriterionKind } from '../../domain/plan/schema';
import { cleanText } from '../../domain/text/normalize';
import { roundScore } from '../../domain/text/numbers';
import { address } from '../grid';
import { findHeader, isColumnNumbers, isHeaderRepeat, type TableColumns } from './header';
import { columnPoints, foldSentence, hasRule, isNote, leadingCode, readNoteCaps, readSentence as readSentenceOnce, type CapKind, type NoteCap, type SentenceRules } from './text';
import type { CriterionInput, ProposedCriterion, TableGrid, TableProposal, TableRow } from './types';

type Style = 'number' | 'roman' | 'letter' | 'upper' | 'word';

/**
 * How Vietnamese documents nest their numbering: «A.» over «I.» over «1.» over «a)»; a code of several
 * segments whose parent the table does not hold sits below all of them.
 */
const styleRank: Readonly<Record<Style, number>> = { upper: 0, roman: 1, number: 2, letter: 3, word: 4 };

interface Rec {
  readonly row: number;
  /** The code as the table wrote it ('' for a row given a code). */
  readonly written: string;
  code: string;
  key: string;
  text: string;
  readonly cells: { base?: string; bonus?: string; deduction?: string; points?: string };
  parent: Rec | undefined;
  readonly made: boolean;
  /** For a row without a code: the key its proposed code goes under. */
  madeUnder?: Rec;
  rank: number;
  root: Rec;
  // filled once every row is read
  kind: CriterionKind;
  rules: SentenceRules;
  criterion: CriterionInput;
  children: Rec[];
  /** Bonus or deduction rows that sat under this scored criterion and were put beside it. */
  movedBeside: Rec[];
}

interface NoteRow {
  readonly row: number;
  readonly text: string;
  readonly after: Rec | undefined;
}

const eps = 1e-9;

/** Where a finding points: the cell on a sheet, always the table row. */
function at(grid: TableGrid, row: number, col: number): { cell?: { sheet: string; address: string } } {
  return grid.sheet === undefined || col < 0 ? {} : { cell: { sheet: grid.sheet, address: address(row - 1, col) } };
}

function cellOf(row: TableRow, col: number | undefined): string {
  return col === undefined ? '' : cleanText(row.cells[col] ?? '');
}

/** A cell's text with its lines joined: a multi-line Word cell reads as one sentence. */
function textOf(row: TableRow, col: number): string {
  return (row.cells[col] ?? '')
    .split(/\r?\n/)
    .map(cleanText)
    .filter((l) => l !== '')
    .join(' ')
    .replace(/^[-+•–*]\s+/u, '');
}

function styleOf(written: string, key: string, lastUpper: string | undefined): Style {
  if (/^[0-9]+$/.test(key)) return 'number';
  const w = displayCode(written);
  if (/^[a-zđ]$/.test(w)) return 'letter';
  if (/^[IVXL]+$/.test(w)) {
    // «I» after «H» is a letter; a lone «I», «II», «IV» is a Roman numeral.
    const prev = w.length === 1 && lastUpper !== undefined ? String.fromCharCode(lastUpper.charCodeAt(0) + 1) : undefined;
    return prev === w ? 'upper' : 'roman';
  }
  if (/^[A-Z]$/.test(w)) return 'upper';
  return 'word';
}

/** «ĐIỂM THƯỞNG», «Phần điểm trừ», «Các nội dung được cộng điểm»: a heading that says which way the rows below go. */
function headingKind(text: string): CriterionKind | undefined {
  const f = foldSentence(text);
  // «ĐIỂM THƯỞNG (tối đa 5 điểm)» is still a heading; «cộng 2 điểm» is a rule.
  const bare = f.replace(/^[0-9a-z.]+[.):]\s/, '').replace(/\(?\b(?:toi da|khong qua|tong cong|tong)\b[^)]*\)?/g, '');
  if (f.length > 80 || /\d/.test(bare)) return undefined;
  const m = /\b(?:diem\s+(thuong|cong|tru)|(thuong|cong|tru)\s+diem)\b/.exec(f);
  const word = m?.[1] ?? m?.[2];
  if (word === undefined) return undefined;
  return word === 'tru' ? 'deduction' : 'bonus';
}

/** Reads one table; the grid's rows keep the numbers the officer sees, and every finding names one. */
export function readScoringTable(grid: TableGrid): TableProposal & { readonly planCaps: { bonusCap?: number; deductionCap?: number }; readonly title?: string } {
  const findings: Finding[] = [];
  // The same sentence is asked about many times (sections, continuations): read it once.
  const sentences = new Map<string, SentenceRules>();
  const readSentence = (text: string): SentenceRules => {
    let rules = sentences.get(text);
    if (!rules) {
      rules = readSentenceOnce(text);
      sentences.set(text, rules);
    }
    return rules;
  };
  // A finding at the table's row (params.row) and one of its columns.
  const add = <C extends TableRowCode>(code: C, params: FindingParams[C], col = 0, criterionCode?: string): void => {
    findings.push(finding(code, params, { ...at(grid, params.row, col), ...(criterionCode === undefined ? {} : { criterionCode }) }));
  };
  const header = findHeader(grid.rows);
  if (!header) {
    return { table: grid.name, headerRows: [], criteria: [], notes: [], findings: [finding('TABLE_NOT_FOUND', { source: grid.name })], planCaps: {} };
  }
  const cols: TableColumns = header.columns;
  const headerRows = header.rows.map((i) => grid.rows[i]?.row ?? i + 1);
  const missing = [...(cols.base === undefined && cols.points === undefined ? ['«Chuẩn»'] : []), ...(cols.bonus === undefined ? ['«Thưởng»'] : []), ...(cols.deduction === undefined ? ['«Trừ»'] : [])];
  if (missing.length > 0) add('TABLE_COLUMN_MISSING', { row: headerRows[0] ?? 1, columns: missing.join(', ') });

  const body = grid.rows.slice((header.rows[header.rows.length - 1] ?? 0) + 1);
  // The first text above the header is the table's title («BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025»).
  const above = grid.rows.slice(0, header.rows[0] ?? 0).flatMap((r) => r.cells.map(cleanText)).find((c) => c !== '');
  // Codes written in the text («a) Công tác …») count only when the code column holds none.
  const codeColumnUsed = body.filter((r) => isCriterionCode(cellOf(r, cols.code))).length >= 2;

  const recs: Rec[] = [];
  const byKey = new Map<string, Rec>();
  const notes: NoteRow[] = [];
  const stack: Rec[] = [];
  /** Codes that repeat an earlier section's, per section root: proposed as «root.code» once the root has its code. */
  const scoped = new Map<Rec, Map<string, Rec>>();
  const qualified = new Map<Rec, Rec>();
  /** The parent a row's own code named («a1» → «a»), when it had one. */
  const namedParent = new Map<Rec, Rec>();
  const repeated = new Set<Rec>();
  let lastRec: Rec | undefined;
  let lastCoded: Rec | undefined;
  let lastUpper: string | undefined;
  let title: string | undefined = above;
  let total: { row: number; value: number } | undefined;
  let afterHeaderRepeat = false;

  const newRec = (row: number, written: string, code: string, text: string, cells: Rec['cells'], made: boolean): Rec => {
    const rec = {
      row,
      written,
      code,
      key: codeKey(code) ?? code,
      text,
      cells,
      parent: undefined,
      made,
      rank: 0,
      kind: 'base',
      rules: readSentence(''),
      criterion: { code, text, maxPoints: 0 },
      children: [],
      movedBeside: [],
    } as unknown as Rec;
    rec.root = rec;
    return rec;
  };

  const lookup = (key: string, root: Rec | undefined): Rec | undefined => {
    const inRoot = root === undefined ? undefined : scoped.get(root)?.get(key);
    if (inRoot) return inRoot;
    const plain = byKey.get(key);
    // A structural parent from another section is not this row's parent.
    return plain !== undefined && (root === undefined || plain.root === root || plain === root) ? plain : undefined;
  };

  /** A row that states a bonus, a deduction or a rule of its own: a leaf, never a section. */
  const isRuleRow = (rec: Rec): boolean => rec.cells.bonus !== undefined || rec.cells.deduction !== undefined || hasRule(readSentence(rec.text));
  /** The nearest criterion above that holds criteria of its own (not only rule rows). */
  const sectionAbove = (rec: Rec): Rec | undefined => {
    for (let p = rec.parent; p; p = p.parent) if (recs.some((c) => c.parent === p && !c.made && !isRuleRow(c))) return p;
    return undefined;
  };

  for (const row of body) {
    if (row.cells.every((c) => cleanText(c) === '')) continue;
    if (isHeaderRepeat(row, header) || isColumnNumbers(row)) {
      afterHeaderRepeat = true;
      continue;
    }
    const continuesPage = afterHeaderRepeat;
    afterHeaderRepeat = false;
    let written = cellOf(row, cols.code);
    let text = textOf(row, cols.text);
    const cells = {
      ...(cellOf(row, cols.base) === '' ? {} : { base: cellOf(row, cols.base) }),
      ...(cellOf(row, cols.bonus) === '' ? {} : { bonus: cellOf(row, cols.bonus) }),
      ...(cellOf(row, cols.deduction) === '' ? {} : { deduction: cellOf(row, cols.deduction) }),
      ...(cellOf(row, cols.points) === '' ? {} : { points: cellOf(row, cols.points) }),
    };
    if (written !== '' && !isCriterionCode(written)) {
      // A title merged across the row lands in the code column.
      text = text === '' ? written : `${written} ${text}`;
      written = '';
    }
    if (written === '' && !codeColumnUsed) {
      const lead = leadingCode(text);
      if (lead && isCriterionCode(lead.code)) {
        written = lead.code;
        text = lead.rest;
      }
    }
    const hasPoints = Object.keys(cells).length > 0;
    if (written === '') {
      const folded = foldSentence(text);
      if (/^(tong cong|tong so diem|tong diem|tong|cong)\b\s*:?\s*(\(.*\))?\s*$/.test(folded) || /^tong cong\b/.test(folded)) {
        const value = columnPoints(cells.base ?? cells.points ?? '');
        if (value && 'value' in value) total = { row: row.row, value: value.value };
        continue;
      }
      if (isNote(text)) {
        notes.push({ row: row.row, text, after: lastRec });
        continue;
      }
      // A sentence cut by a page break goes on in the next row, in lower case, after a repeated header.
      const continuation =
        lastRec !== undefined &&
        !hasPoints &&
        ((continuesPage && /^[a-zà-ỹđ(,;]/u.test(text) && !/[.:;!?]$/.test(lastRec.text)) || (!hasRule(readSentence(text)) && headingKind(text) === undefined));
      if (continuation && lastRec !== undefined) {
        lastRec.text = `${lastRec.text} ${text}`;
        continue;
      }
      if (hasPoints || hasRule(readSentence(text))) {
        const anchor = lastCoded;
        const rec = newRec(row.row, '', '', text, cells, true);
        // Right after a criterion, the row is its sub-rule (a base row beside a scored one is its sibling);
        // rows in a run share a parent; after a rule row, the row belongs to the section above it.
        const under =
          lastRec?.made === true
            ? lastRec.madeUnder
            : anchor === undefined
              ? undefined
              : lastRec === anchor && !isRuleRow(anchor)
                ? cells.base !== undefined && anchor.cells.base !== undefined
                  ? anchor.parent
                  : anchor
                : sectionAbove(anchor);
        if (under) rec.madeUnder = under;
        rec.parent = under;
        rec.root = under?.root ?? rec;
        recs.push(rec);
        lastRec = rec;
        continue;
      }
      if (headingKind(text) !== undefined) {
        // «ĐIỂM THƯỞNG» without a code: a section of its own, over every row below it until the next such heading.
        const rec = newRec(row.row, '', '', text, cells, true);
        rec.rank = -1;
        stack.length = 0;
        stack.push(rec);
        recs.push(rec);
        lastRec = rec;
        lastCoded = rec;
        continue;
      }
      if (lastRec === undefined && title === undefined) {
        title = text;
        continue;
      }
      add('TABLE_ROW_UNREAD', { row: row.row, text }, cols.text);
      continue;
    }

    // A row with a code.
    const rawKey = codeKey(written) ?? written;
    const segments = rawKey.split('.').length;
    const style = styleOf(written, rawKey, lastUpper);
    if (style === 'upper' && segments === 1) lastUpper = displayCode(written);
    const currentRoot = stack[0];
    let parent: Rec | undefined;
    let rank: number;
    let structural: Rec | undefined;
    for (let p = structuralParentKey(rawKey); p !== undefined && structural === undefined; p = structuralParentKey(p)) structural = lookup(p, currentRoot);
    if (structural) {
      parent = structural;
      rank = structural.rank + 1000;
      const at = stack.indexOf(structural);
      if (at >= 0) stack.length = at + 1;
      else {
        stack.length = 0;
        for (let a: Rec | undefined = structural; a; a = a.parent) stack.unshift(a);
      }
    } else {
      rank = segments === 1 ? styleRank[style] : 100 + segments;
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= rank) stack.pop();
      parent = stack[stack.length - 1];
    }
    const root = parent?.root;
    const rec = newRec(row.row, displayCode(written), displayCode(written), text, cells, false);
    rec.parent = parent;
    rec.rank = rank;
    rec.root = root ?? rec;
    if (structural) namedParent.set(rec, structural);
    // Under a heading the table left without a code, every code takes the heading's proposed one as a prefix.
    if (root !== undefined && (byKey.has(rawKey) || root.made)) {
      const map = scoped.get(root) ?? new Map<string, Rec>();
      scoped.set(root, map);
      if (!map.has(rawKey)) map.set(rawKey, rec);
      qualified.set(rec, root);
      if (byKey.has(rawKey)) repeated.add(rec);
    } else if (!byKey.has(rawKey)) byKey.set(rawKey, rec);
    stack.push(rec);
    recs.push(rec);
    lastRec = rec;
    lastCoded = rec;
  }

  // Final codes: headings without a code first, then codes repeated from an earlier section («2.a»), then
  // rows without a code under their section — each the first number not taken.
  const taken = new Set(recs.filter((r) => !r.made && !qualified.has(r)).map((r) => r.key));
  const propose = (rec: Rec): void => {
    const under = rec.madeUnder;
    for (let n = 1; ; n++) {
      const code = under ? `${under.code}.${n}` : String(n);
      const key = codeKey(code);
      if (key !== undefined && !taken.has(key)) {
        rec.code = code;
        rec.key = key;
        taken.add(key);
        break;
      }
    }
    add('TABLE_CODE_PROPOSED', { row: rec.row, code: rec.code, text: rec.text.length > 80 ? `${rec.text.slice(0, 77)}…` : rec.text }, cols.code, rec.code);
  };
  for (const rec of recs) if (rec.made && rec.madeUnder === undefined) propose(rec);
  // The prefix is the parent's code («a» under «2» → «2.a»); a code whose own structure names its parent
  // («a1» under the renamed «2.a») takes the prefix its parent took («2.a1»), so the structure still holds.
  const prefixOf = new Map<Rec, string>();
  for (const [rec, root] of qualified) {
    const structural = namedParent.get(rec);
    const candidates = [structural !== undefined ? prefixOf.get(structural) : rec.parent?.code, root.code].filter((p): p is string => p !== undefined && p !== '');
    const prefix = candidates.find((p) => {
      const key = codeKey(`${p}.${rec.written}`);
      return key !== undefined && !taken.has(key);
    }) ?? root.code;
    prefixOf.set(rec, prefix);
    rec.code = `${prefix}.${rec.written}`;
    rec.key = codeKey(rec.code) ?? rec.code;
    taken.add(rec.key);
    add('TABLE_CODE_QUALIFIED', { row: rec.row, written: rec.written, code: rec.code, section: rec.parent?.code ?? root.code, why: repeated.has(rec) ? 'repeated' : 'heading' }, cols.code, rec.code);
  }
  for (const rec of recs) if (rec.made && rec.madeUnder !== undefined) propose(rec);
  const finalByKey = new Map<string, Rec>();
  for (const rec of recs) if (!finalByKey.has(rec.key)) finalByKey.set(rec.key, rec);

  // Kinds, top-down: the points column, then the text, then a heading's words, then the parent's kind.
  const pointsOf = (rec: Rec, which: 'base' | 'bonus' | 'deduction' | 'points'): number | undefined => {
    const raw = rec.cells[which];
    if (raw === undefined) return undefined;
    const read = columnPoints(raw);
    if (read === undefined) return undefined;
    if ('value' in read) return read.value;
    // «-0,5/trường hợp», «tối đa 2»: the number in the words.
    const inText = /(\d+(?:[.,]\d+)?)/.exec(read.text)?.[1];
    const value = inText === undefined ? undefined : columnPoints(inText);
    if (value && 'value' in value) return value.value;
    const col = which === 'base' ? cols.base : which === 'bonus' ? cols.bonus : which === 'deduction' ? cols.deduction : cols.points;
    add('TABLE_VALUE_UNREAD', { row: rec.row, code: rec.code, value: read.text }, col ?? 0, rec.code);
    return undefined;
  };
  const colKind = (rec: Rec): CriterionKind | undefined => {
    if (rec.cells.base !== undefined) return 'base';
    if (rec.cells.bonus !== undefined) return 'bonus';
    if (rec.cells.deduction !== undefined) return 'deduction';
    if (rec.cells.points !== undefined && /^\s*[-−–]/.test(rec.cells.points)) return 'deduction';
    return undefined;
  };
  for (const rec of recs) {
    rec.rules = readSentence(rec.text);
    const r = rec.rules;
    const textKind: CriterionKind | undefined = r.perCase[0]?.direction ?? r.points[0]?.direction ?? r.steps.find((s) => s.direction !== undefined)?.direction;
    const fromColumn = colKind(rec);
    const inherited = rec.parent?.kind;
    rec.kind = fromColumn ?? textKind ?? headingKind(rec.text) ?? inherited ?? 'base';
    if (fromColumn !== undefined && textKind !== undefined && fromColumn !== textKind && !(fromColumn === 'base' && rec.cells.bonus === undefined && rec.cells.deduction === undefined && r.perCase.length === 0 && r.points.length === 0)) {
      add('TABLE_POINTS_CONFLICT', { row: rec.row, code: rec.code, column: fromColumn, text: textKind, used: fromColumn }, cols.text, rec.code);
    }
  }

  // The tree in the table's order; a heading with no points of its own over only bonus (or only deduction)
  // rows is a bonus (deduction) section.
  for (const rec of recs) rec.parent?.children.push(rec);
  for (const rec of [...recs].reverse()) {
    if (rec.children.length === 0 || colKind(rec) !== undefined || headingKind(rec.text) !== undefined) continue;
    if (rec.rules.perCase.length > 0 || rec.rules.points.length > 0) continue;
    const kinds = new Set(rec.children.map((c) => c.kind));
    const only = kinds.size === 1 ? [...kinds][0] : undefined;
    if (only !== undefined && only !== 'base') rec.kind = only;
  }
  // A scored criterion whose sub-rows only add or deduct keeps its points.
  for (const rec of recs) {
    if (rec.children.length === 0 || rec.kind !== 'base') continue;
    const own = pointsOf(rec, 'base') ?? (rec.cells.points === undefined ? undefined : pointsOf(rec, 'points'));
    if (own === undefined || rec.children.some((c) => c.kind === 'base' && !c.rules.gate)) continue;
    const moved = rec.children;
    if (rec.parent === undefined) {
      add('TABLE_POINTS_LOST', { row: rec.row, code: rec.code, max: own }, cols.code, rec.code);
      continue;
    }
    const grand = rec.parent;
    for (const child of moved) {
      child.parent = grand;
      grand.children.push(child);
    }
    rec.children = [];
    rec.movedBeside = moved;
    add('TABLE_ADJUSTMENTS_BESIDE', { row: rec.row, code: rec.code, max: own, parent: grand.code }, cols.code, rec.code);
  }
  const order = new Map(recs.map((r, i) => [r, i]));
  for (const rec of recs) rec.children.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

  // Each criterion's points and method, bottom-up so a section knows its children.
  const finalOrder = [...recs].sort((a, b) => depth(b) - depth(a) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const rec of finalOrder) rec.criterion = criterionOf(rec);

  function depth(rec: Rec): number {
    let d = 0;
    for (let p = rec.parent; p; p = p.parent) d++;
    return d;
  }

  function criterionOf(rec: Rec): CriterionInput {
    const r = rec.rules;
    const base: CriterionInput = { code: rec.code, text: rec.text === '' ? rec.code : rec.text, kind: rec.kind, maxPoints: 0 };
    const column = rec.kind === 'base' ? pointsOf(rec, 'base') : rec.kind === 'bonus' ? pointsOf(rec, 'bonus') : pointsOf(rec, 'deduction');
    const single = column ?? (rec.cells.points === undefined ? undefined : pointsOf(rec, 'points'));
    const out: Record<string, unknown> = { ...base };
    // Another kind's column filled on the same row («Chuẩn 3 | Trừ 1,5»): the most that kind may move here.
    if (rec.kind === 'base' && rec.cells.deduction !== undefined) {
      const v = pointsOf(rec, 'deduction');
      if (v !== undefined) out.sectionDeductionCap = v;
    }
    if (rec.kind === 'base' && rec.cells.bonus !== undefined) {
      const v = pointsOf(rec, 'bonus');
      if (v !== undefined) out.sectionBonusCap = v;
    }
    if (rec.children.length > 0) {
      const same = rec.children.filter((c) => c.criterion.kind === rec.kind && c.criterion.gate !== true);
      const caps = same.map((c) => Number(c.criterion.capped === false ? 0 : c.criterion.maxPoints));
      const sum = roundScore(caps.reduce((a, b) => a + b, 0));
      // «ĐIỂM THƯỞNG (tối đa 5 điểm)»: a bonus or deduction section's own figure is the most it may add or take.
      const stated = single ?? r.total ?? (rec.kind === 'base' ? undefined : r.ownCap);
      if (r.oneOf && rec.kind !== 'base') {
        const cap = Math.max(0, ...caps);
        out.maxPoints = cap;
        if (rec.kind === 'bonus') out.sectionBonusCap = cap;
        else out.sectionDeductionCap = cap;
        add('TABLE_ONE_OF', { row: rec.row, code: rec.code, cap }, cols.text, rec.code);
      } else if (r.oneOf && rec.kind === 'base') {
        out.maxPoints = stated ?? Math.max(0, ...caps);
        add('TABLE_ONE_OF', { row: rec.row, code: rec.code, cap: Number(out.maxPoints) }, cols.text, rec.code);
      } else if (stated === undefined) {
        out.maxPoints = sum;
      } else {
        out.maxPoints = stated;
        if (rec.kind === 'base' && same.length > 0 && Math.abs(stated - sum) > eps) add('TABLE_GROUP_SUM', { row: rec.row, code: rec.code, max: stated, sum }, cols.base ?? cols.points ?? 0, rec.code);
        if (rec.kind === 'bonus') out.sectionBonusCap = stated;
        if (rec.kind === 'deduction') out.sectionDeductionCap = stated;
      }
      if (r.conditional) add('TABLE_CONDITION_UNCHECKED', { row: rec.row, code: rec.code, text: rec.text.length > 90 ? `${rec.text.slice(0, 87)}…` : rec.text }, cols.text, rec.code);
      return out as CriterionInput;
    }
    if (r.gate && single === undefined && r.points.length === 0 && r.perCase.length === 0) {
      return { ...base, kind: 'base', maxPoints: 0, method: 'passFail', gate: true };
    }
    const rates = new Set([...r.perCase.map((p) => p.points), ...(r.steps.length > 0 ? [] : r.points.map((p) => p.points))]);
    if (rates.size > 1) add('TABLE_SEVERAL_RULES', { row: rec.row, code: rec.code, count: rates.size }, cols.text, rec.code);
    // «Mỗi mô hình mới được nhân rộng | | 1 |», «| | 0,5/lần |»: the column's points are for each case.
    const rawColumn = rec.kind === 'bonus' ? rec.cells.bonus : rec.kind === 'deduction' ? rec.cells.deduction : rec.cells.points;
    const perColumn = rawColumn !== undefined && /\/\s*\p{L}/u.test(rawColumn);
    const perCase =
      r.perCase[0] ?? ((r.each || perColumn) && rec.kind !== 'base' && single !== undefined && r.points.length === 0 && r.steps.length === 0 ? { direction: rec.kind, points: single } : undefined);
    if (perCase !== undefined) {
      if (single !== undefined && Math.abs(single - perCase.points) > eps && r.ownCap === undefined && Math.abs(single - (r.total ?? -1)) > eps) {
        add('TABLE_POINTS_CONFLICT', { row: rec.row, code: rec.code, column: single, text: perCase.points, used: perCase.points }, cols.text, rec.code);
      }
      out.method = 'perCase';
      out.pointsPerCase = perCase.points;
      const cap = r.ownCap ?? (single !== undefined && single > perCase.points + eps ? single : undefined);
      if (cap !== undefined) {
        out.maxPoints = cap;
        out.capped = true;
      } else {
        out.maxPoints = perCase.points;
        out.capped = false;
      }
      if (r.unlimited) out.capped = false;
      return out as CriterionInput;
    }
    if (r.steps.length > 0) {
      const steps = r.steps.map((s) => ({ from: s.threshold.value, points: s.points, op: s.threshold.op }));
      const top = Math.max(...steps.map((s) => s.points));
      out.method = 'steps';
      out.steps = steps;
      out.targetUnit = r.steps[0]?.threshold.unit ?? '';
      out.maxPoints = single ?? top;
      if (single !== undefined && Math.abs(single - top) > eps) add('TABLE_POINTS_CONFLICT', { row: rec.row, code: rec.code, column: single, text: top, used: single }, cols.text, rec.code);
      return out as CriterionInput;
    }
    const said = r.points[0]?.points;
    if (single !== undefined && said !== undefined && Math.abs(single - said) > eps) add('TABLE_POINTS_CONFLICT', { row: rec.row, code: rec.code, column: single, text: said, used: single }, cols.text, rec.code);
    const max = single ?? said ?? r.total ?? r.ownCap;
    if (max === undefined) add('TABLE_NO_MAX', { row: rec.row, code: rec.code }, cols.base ?? cols.points ?? cols.text, rec.code);
    out.maxPoints = max ?? 0;
    return out as CriterionInput;
  }

  // Caps stated in notes rows, put on the section they name (or the section the note closes).
  const planCaps: { bonusCap?: number; deductionCap?: number } = {};
  const field = (kind: CapKind): 'sectionBonusCap' | 'sectionDeductionCap' | 'sectionAdjustmentCap' =>
    kind === 'bonus' ? 'sectionBonusCap' : kind === 'deduction' ? 'sectionDeductionCap' : 'sectionAdjustmentCap';
  const matches = (kind: CapKind, c: Rec): boolean => (kind === 'adjustment' ? c.kind !== 'base' : c.kind === kind);
  const ownCap = (target: Rec, cap: NoteCap): void => {
    const c = target.criterion as Record<string, unknown>;
    if (c.method === 'perCase') {
      c.maxPoints = cap.value;
      c.capped = true;
    } else c.maxPoints = Math.min(Number(c.maxPoints), cap.value);
  };
  for (const note of notes) {
    const caps = readNoteCaps(note.text);
    if (caps.length === 0) {
      add('TABLE_NOTE_UNREAD', { row: note.row, text: note.text.length > 120 ? `${note.text.slice(0, 117)}…` : note.text }, cols.text);
      continue;
    }
    for (const cap of caps) {
      let target: Rec | undefined;
      if (cap.section !== undefined) {
        const key = codeKey(cap.section);
        const root = note.after?.root;
        target = key === undefined ? undefined : ((root === undefined ? undefined : scoped.get(root)?.get(key)) ?? byKey.get(key) ?? finalByKey.get(key));
        if (!target) {
          add('TABLE_CAP_SECTION_UNKNOWN', { row: note.row, section: cap.section, kind: cap.kind, value: cap.value }, cols.text);
          continue;
        }
      } else {
        const after = note.after;
        target = after === undefined ? undefined : after.children.length > 0 ? after : after.parent;
        if (target === undefined) {
          if (cap.kind === 'bonus') planCaps.bonusCap = cap.value;
          else if (cap.kind === 'deduction') planCaps.deductionCap = cap.value;
          else add('TABLE_NOTE_UNREAD', { row: note.row, text: note.text }, cols.text);
          continue;
        }
      }
      if (target.movedBeside.length > 0 || target.children.length === 0) {
        // The section is one scored criterion: its bonus or deduction rows sit beside it, or it is the row itself.
        const candidates = target.children.length === 0 && matches(cap.kind, target) ? [target] : target.movedBeside.filter((c) => matches(cap.kind, c));
        const only = candidates[0];
        if (candidates.length === 1 && only !== undefined) {
          ownCap(only, cap);
          if (only !== target) add('TABLE_CAP_PLACED', { row: note.row, code: only.code, section: target.code, kind: cap.kind, value: cap.value }, cols.text, only.code);
        } else add('TABLE_NOTE_UNREAD', { row: note.row, text: note.text }, cols.text);
        continue;
      }
      (target.criterion as Record<string, unknown>)[field(cap.kind)] = cap.value;
    }
  }

  // A per-case rule without a cap of its own is bounded by the nearest section cap of its kind.
  for (const rec of recs) {
    const c = rec.criterion as Record<string, unknown>;
    if (c.method !== 'perCase' || c.capped !== false || rec.rules.unlimited) continue;
    let cap: number | undefined;
    for (let p = rec.parent; p && cap === undefined; p = p.parent) {
      const pc = p.criterion as Record<string, unknown>;
      const v = (rec.kind === 'bonus' ? pc.sectionBonusCap : pc.sectionDeductionCap) ?? pc.sectionAdjustmentCap;
      if (typeof v === 'number') cap = v;
    }
    if (cap === undefined) cap = rec.kind === 'bonus' ? planCaps.bonusCap : planCaps.deductionCap;
    if (cap !== undefined) {
      c.maxPoints = cap;
      c.capped = true;
    } else add('TABLE_PER_CASE_UNCAPPED', { row: rec.row, code: rec.code, points: Number(c.pointsPerCase) }, cols.text, rec.code);
  }

  // A bonus or deduction section capped by a note can move the total by at most its cap.
  for (const rec of recs) {
    const c = rec.criterion as Record<string, unknown>;
    const cap = rec.kind === 'bonus' ? c.sectionBonusCap : rec.kind === 'deduction' ? c.sectionDeductionCap : undefined;
    if (rec.children.length > 0 && typeof cap === 'number') c.maxPoints = cap;
  }

  // An explicit parent wherever the code's own structure would say another (or none).
  const keys = new Set(recs.map((r) => r.key));
  const structuralOf = (key: string): string | undefined => {
    for (let p = structuralParentKey(key); p !== undefined; p = structuralParentKey(p)) if (keys.has(p)) return p;
    return undefined;
  };
  for (const rec of recs) {
    const wanted = rec.parent?.key;
    if (wanted !== undefined && structuralOf(rec.key) !== wanted) (rec.criterion as Record<string, unknown>).group = rec.parent?.code;
  }

  if (total !== undefined) {
    const sum = roundScore(recs.filter((r) => r.children.length === 0 && r.kind === 'base').reduce((s, r) => s + Number(r.criterion.maxPoints), 0));
    if (Math.abs(sum - total.value) > eps) add('TABLE_TOTAL_MISMATCH', { row: total.row, total: total.value, sum }, cols.base ?? cols.points ?? 0);
  }

  const criteria: ProposedCriterion[] = recs.map((r) => ({
    row: r.row,
    written: r.written,
    ...(r.parent === undefined ? {} : { parent: r.parent.code }),
    criterion: r.criterion,
  }));
  return {
    table: grid.name,
    headerRows,
    criteria,
    notes: notes.map((n) => ({ row: n.row, text: n.text })),
    ...(total === undefined ? {} : { total }),
    findings: [...findings].sort((a, b) => Number(a.params.row ?? 0) - Number(b.params.row ?? 0)),
    planCaps,
    ...(title === undefined ? {} : { title }),
  };
}
