/**
 * A plan read from a table survives the «Kế hoạch» sheet: written by the renderer and read back by the plan
 * sheet parser, every criterion is the same. Runs once the plan sheet writes the fields real tables need
 * (explicit parent, points per case, caps per section, strict steps, gates); until then the probe says no.
 */
import { readPlanFromTable } from '../../src/app/plan-from-table';
import { makePlan } from '../domain/fixtures';
import type { Plan } from '../../src/domain/plan/schema';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { excerptDocx, romanDocx, splitDocx, textOnlyDocx } from './shapes';

const roundTrip = (plan: Plan): Plan | undefined => parsePlanSheet(snapshotFromSpec(renderPlanSheet(plan))).plan;
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

function sheetWritesTableFields(): boolean {
  const probe = makePlan({
    criteria: [
      { code: 'a', text: 'a', maxPoints: 5, sectionDeductionCap: 1 },
      { code: 'a1', text: 'a1', maxPoints: 5 },
      { code: 'a1.1', text: 'a1.1', maxPoints: 1, kind: 'deduction', group: 'a', method: 'perCase', pointsPerCase: 0.5, capped: true },
      { code: 'b', text: 'b', maxPoints: 0, method: 'passFail', gate: true },
      { code: 'c', text: 'c', maxPoints: 1, kind: 'bonus', method: 'steps', steps: [{ from: 92, points: 1, op: 'above' }] },
    ],
  });
  return JSON.stringify(plain(roundTrip(probe)?.criteria)) === JSON.stringify(plain(probe.criteria));
}

(sheetWritesTableFields() ? it : it.skip).each([
  ['excerpt', excerptDocx],
  ['roman', romanDocx],
  ['split', splitDocx],
  ['text-only', textOnlyDocx],
])('the %s table\'s plan reads back the same from the «Kế hoạch» sheet', async (_name, make) => {
  const reading = await readPlanFromTable({ kind: 'docx', bytes: await make(), fileName: 'bang.docx' }, { now: new Date('2025-03-01T00:00:00Z') });
  if (!reading.plan) throw new Error('no plan');
  expect(plain(roundTrip(reading.plan)?.criteria)).toEqual(plain(reading.plan.criteria));
});
