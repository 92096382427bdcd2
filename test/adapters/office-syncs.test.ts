/**
 * Syncs and payload of the office host on generated workbooks of 10, 100 and 1,000 units: the
 * number of syncs does not grow with units or sheets apart from payload chunks, and no request
 * or response exceeds the 5 MB Excel on the web accepts (the fake refuses it). The budget's big workbook
 * (2,000 units, 50,000 proposals) is measured by `npm run bench`, where the fake refuses it just the same.
 */
import { createOfficePort } from '../../src/adapters/office/port';
import { runScoring } from '../../src/workbook/run';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import type { WritePlan } from '../../src/workbook/spec';
import { scaledSnapshot } from '../../scripts/lib/scaled';
import { syntheticInput, syntheticPlan } from '../../scripts/lib/synthetic';
import { createFakeExcel, measure, notesIn } from '../fake-excel';

const now = new Date('2024-12-20T02:00:00Z');
const sizes = [10, 100, 1000] as const;
const fiveMegabytes = 5 * 1024 * 1024;

interface Figures {
  readonly units: number;
  readonly sheets: number;
  readonly readSyncs: number;
  readonly applySyncs: number;
  readonly largest: number;
}

async function figures(snapshot: WorkbookSnapshot, plan: WritePlan, unlimited: boolean): Promise<Omit<Figures, 'units'>> {
  const fake = createFakeExcel(snapshot, unlimited ? { payloadLimit: Infinity } : {});
  const port = createOfficePort({ run: fake.run, isSetSupported: () => true, ...(unlimited ? { requestBudget: Infinity, readCells: Infinity } : {}) });
  const read = await measure(fake, () => port.readSnapshot());
  const apply = await measure(fake, () => port.apply(plan));
  return { sheets: snapshot.sheets.length, readSyncs: read.syncs, applySyncs: apply.syncs, largest: Math.max(read.largest, apply.largest) };
}

describe('syncs and payload of the office host', () => {
  const measured: Figures[] = [];
  const unchunked: Figures[] = [];

  beforeAll(async () => {
    const plan = syntheticPlan(6, 10);
    for (const units of sizes) {
      const input = syntheticInput(plan, units, Math.max(2, units / 50), units * 5);
      const snapshot = scaledSnapshot(plan, input);
      const writePlan = runScoring(snapshot, { now }).writePlan;
      measured.push({ units, ...(await figures(snapshot, writePlan, false)) });
      unchunked.push({ units, ...(await figures(snapshot, writePlan, true)) });
    }
    const rows = measured.map((f) => `${String(f.units).padStart(6)} ${String(f.sheets).padStart(7)} ${String(f.readSyncs).padStart(11)} ${String(f.applySyncs).padStart(12)} ${(f.largest / 1024 / 1024).toFixed(2).padStart(13)} MB`);
    console.log(['office host, syncs and largest payload (request or response):', ' units  sheets  syncs read  syncs apply  largest payload', ...rows].join('\n'));
  });

  it('makes the same number of syncs for 10, 100 and 1,000 units when payload is not chunked', () => {
    expect(unchunked.map((f) => f.readSyncs)).toEqual([3, 3, 3]);
    expect(unchunked.map((f) => f.applySyncs)).toEqual([4, 4, 4]);
  });

  it('adds syncs only for payload chunks, and never sends or receives more than 5 MB', () => {
    for (const f of measured) {
      expect(f.largest).toBeLessThanOrEqual(fiveMegabytes);
      expect(f.readSyncs).toBeGreaterThanOrEqual(3);
      expect(f.applySyncs).toBeGreaterThanOrEqual(4);
    }
    // Small workbooks fit in one chunk: exactly the unchunked counts.
    expect(measured.slice(0, 2).map((f) => [f.readSyncs, f.applySyncs])).toEqual([[3, 4], [3, 4]]);
    // Without chunks, the 1,000-unit workbook is over the limit: chunking is what keeps it under.
    const big = unchunked[2];
    expect(big && big.largest > fiveMegabytes).toBe(true);
  });
});

describe('notes in the syncs of the highlights (ExcelApi 1.18)', () => {
  it('writes, rewrites and clears 100 units’ highlights with their notes in four syncs each', async () => {
    const plan = syntheticPlan(6, 10);
    const snapshot = scaledSnapshot(plan, syntheticInput(plan, 100, 2, 500));
    // Without the guard: the same plan is applied twice on purpose.
    const { guard: _guard, ...writePlan } = runScoring(snapshot, { now }).writePlan;
    const notes = (writePlan.highlights ?? []).filter((h) => h.note !== undefined).length;
    expect(notes).toBeGreaterThan(100);
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const first = await measure(fake, () => port.apply(writePlan));
    expect(notesIn(fake.model)).toHaveLength(notes);
    // The second run reads the notes of the first (text, then cell) in the syncs that read the formats.
    const second = await measure(fake, () => port.apply(writePlan));
    const cleared = await measure(fake, () => port.clearHighlights());
    expect(notesIn(fake.model)).toEqual([]);
    console.log(`office host, 100 units, ${notes} notes: ${first.syncs} syncs to write, ${second.syncs} to rewrite, ${cleared.syncs} to clear, largest payload ${(Math.max(first.largest, second.largest, cleared.largest) / 1024 / 1024).toFixed(2)} MB`);
    expect([first.syncs, second.syncs, cleared.syncs]).toEqual([4, 4, 4]);
    expect(Math.max(first.largest, second.largest, cleared.largest)).toBeLessThanOrEqual(fiveMegabytes);
  });
});
