/**
 * A plan read from a table survives the «Kế hoạch» sheet: written by the renderer and read back by the plan
 * sheet parser, every criterion is the same — explicit parents, points per case, caps per section, strict
 * steps and gates included.
 */
import { readPlanFromTable } from '../../src/app/plan-from-table';
import type { Plan } from '../../src/domain/plan/schema';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { excerptDocx, romanDocx, splitDocx, textOnlyDocx } from './shapes';

const roundTrip = (plan: Plan): Plan | undefined => parsePlanSheet(snapshotFromSpec(renderPlanSheet(plan))).plan;
/** Plain data, defaults left out (capped: true, a step's op «atLeast»): the sheet writes only what differs from them. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v: unknown) => ((k === 'capped' && v === true) || (k === 'op' && v === 'atLeast') ? undefined : v)));

it.each([
  ['excerpt', excerptDocx],
  ['roman', romanDocx],
  ['split', splitDocx],
  ['text-only', textOnlyDocx],
])('the %s table\'s plan reads back the same from the «Kế hoạch» sheet', async (_name, make) => {
  const reading = await readPlanFromTable({ kind: 'docx', bytes: await make(), fileName: 'bang.docx' }, { now: new Date('2025-03-01T00:00:00Z') });
  if (!reading.plan) throw new Error('no plan');
  expect(plain(roundTrip(reading.plan)?.criteria)).toEqual(plain(reading.plan.criteria));
});
