/** A proposed criteria tree and its findings as readable TSV, for golden files reviewed by eye. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFinding } from '../../src/i18n';
import type { Finding } from '../../src/domain/findings';
import type { TableProposal } from '../../src/workbook/plan-table';

const goldenDir = resolve(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const op = { atLeast: '≥', above: '>', atMost: '≤', below: '<' } as const;

export function dumpProposal(p: TableProposal, extra: readonly Finding[] = []): string {
  const lines = [`# ${p.table} — tiêu đề ở dòng ${p.headerRows.join(', ')}`, ['dòng', 'mã gốc', 'mã', 'cha', 'nhóm', 'loại', 'tối đa', 'cách chấm', 'chi tiết', 'giới hạn mục', 'nội dung'].join('\t')];
  for (const c of p.criteria) {
    const k = c.criterion;
    const detail = [
      k.method === 'perCase' ? `${k.pointsPerCase}/trường hợp${k.capped === false ? ', không giới hạn' : ''}` : '',
      k.method === 'steps' ? (k.steps ?? []).map((s) => `${op[s.op ?? 'atLeast']}${s.from}${k.targetUnit ?? ''}: ${s.points}`).join('; ') : '',
      k.gate ? 'điều kiện xếp loại' : '',
    ].filter((x) => x !== '').join(' ');
    const caps = [
      k.sectionBonusCap === undefined ? '' : `cộng≤${k.sectionBonusCap}`,
      k.sectionDeductionCap === undefined ? '' : `trừ≤${k.sectionDeductionCap}`,
      k.sectionAdjustmentCap === undefined ? '' : `cộng+trừ≤${k.sectionAdjustmentCap}`,
    ].filter((x) => x !== '').join(' ');
    lines.push([c.row, c.written, k.code, c.parent ?? '', k.group ?? '', k.kind ?? 'base', k.maxPoints, k.method ?? 'points', detail, caps, k.text].join('\t'));
  }
  lines.push('', '# ghi chú');
  for (const n of p.notes) lines.push(`${n.row}\t${n.text}`);
  if (p.total) lines.push(`# tổng cộng ở dòng ${p.total.row}: ${p.total.value}`);
  lines.push('', '# cần xem lại');
  for (const f of [...p.findings, ...extra]) lines.push(`${f.params.row ?? ''}\t${f.severity}\t${f.code}\t${describeFinding(f).message}`);
  return `${lines.join('\n')}\n`;
}

export function golden(name: string, actual: string): void {
  const path = resolve(goldenDir, name);
  if (update || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
