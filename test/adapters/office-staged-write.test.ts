/**
 * The staged write has no side effect beyond the plan: references to owned sheets survive a rerun,
 * a rollback removes only what the write created, a run by someone else since the read stops the
 * write, cell-edit mode and read-only documents leave the workbook as it was, a request Excel finds
 * too large is sent again in halves, and a failed insert leaves no sheet behind.
 */
import { createOfficePort } from '../../src/adapters/office/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { runScoring } from '../../src/workbook/run';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { addUserReference, createFakeExcel, findSheet, gridOf, measure, type FakeExcel } from '../fake-excel';
import { newSheet } from '../fake-excel/model';

const allSets = (): boolean => true;
const day = (d: number): Date => new Date(Date.UTC(2024, 11, d, 2));

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = snapshotWorkbook(await buildSampleWorkbook());
});

async function scoredOnce(): Promise<{ fake: FakeExcel; port: ReturnType<typeof createOfficePort>; names: string[] }> {
  const fake = createFakeExcel(snapshot);
  const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
  const first = runScoring(await port.readSnapshot(), { now: day(20) });
  await port.apply(first.writePlan);
  return { fake, port, names: first.writePlan.sheets.map((s) => s.name) };
}

const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('a rerun keeps references to the owned sheets working', () => {
  it("a user's formula ='Tổng hợp'!B5 shows the new B5 after the next run, never #REF!", async () => {
    const { fake, port } = await scoredOnce();
    const input = snapshot.sheets[0]?.name ?? '';
    addUserReference(fake.model, input, 'Z1', 'Tổng hợp', 'B5');
    const summaryId = findSheet(fake.model, 'Tổng hợp')?.id;
    const second = runScoring(await port.readSnapshot(), { now: day(21) });
    await port.apply(second.writePlan);
    const after = await port.readSnapshot();
    const shown = after.sheets.find((s) => s.name === input)?.rows[0]?.[25];
    expect(shown).not.toEqual({ error: '#REF!' });
    expect(shown).toEqual(after.sheets.find((s) => s.name === 'Tổng hợp')?.rows[4]?.[1] ?? 0);
    // The same sheet object, rewritten in place.
    expect(findSheet(fake.model, 'Tổng hợp')?.id).toBe(summaryId);
  });

  it('below ExcelApi 1.9 (no copyFrom) the owned sheet is made anew, as the pane warns', async () => {
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: (_, v) => Number(v.split('.')[1]) <= 8 });
    await port.apply(runScoring(await port.readSnapshot(), { now: day(20) }).writePlan);
    const summaryId = findSheet(fake.model, 'Tổng hợp')?.id;
    await port.apply(runScoring(await port.readSnapshot(), { now: day(21) }).writePlan);
    expect(findSheet(fake.model, 'Tổng hợp')?.id).not.toBe(summaryId);
  });
});

describe('the rollback removes only what the write created', () => {
  it("keeps a sheet a co-author added during the write, and every owned sheet's previous cells", async () => {
    const { fake, port, names } = await scoredOnce();
    const previous = names.map((n) => [n, gridOf(findSheet(fake.model, n) ?? newSheet(fake.model, 'x'))]);
    const sheetsBefore = fake.model.sheets.map((s) => s.name);
    const plan = runScoring(await port.readSnapshot(), { now: day(21) }).writePlan;
    const start = fake.syncs.length;
    fake.options.beforeSync = (n, model) => {
      if (n === start + 3) model.sheets.push(newSheet(model, 'Ghi chú của Lan'));
    };
    fake.options.failOnSync = start + 4;
    const error = await failure(port.apply(plan));
    expect(error).toBeInstanceOf(Error);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([...sheetsBefore, 'Ghi chú của Lan']);
    expect(names.map((n) => [n, gridOf(findSheet(fake.model, n) ?? newSheet(fake.model, 'x'))])).toEqual(previous);
  });
});

describe('co-authoring: the state sheet is read again before writing', () => {
  it('stops with a plain message when someone else ran the add-in since the read, writing nothing', async () => {
    const { fake, port } = await scoredOnce();
    const mine = runScoring(await port.readSnapshot(), { now: day(21) }).writePlan;
    // A colleague runs the add-in on the same workbook meanwhile.
    const theirs = createOfficePort({ run: fake.run, isSetSupported: allSets });
    await theirs.apply(runScoring(await theirs.readSnapshot(), { now: day(22) }).writePlan);
    const grids = fake.model.sheets.map((s) => [s.name, gridOf(s)]);
    const error = await failure(port.apply(mine));
    expect(error instanceof Error && error.message).toMatch(/^Có người khác vừa chạy phần bổ trợ/);
    expect(error instanceof Error && error.message).toContain('2024-12-22');
    expect(fake.model.sheets.map((s) => [s.name, gridOf(s)])).toEqual(grids);
  });

  it('stops when the state sheet appeared since a first read', async () => {
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets });
    const mine = runScoring(await port.readSnapshot(), { now: day(20) }).writePlan;
    await port.apply(runScoring(await port.readSnapshot(), { now: day(19) }).writePlan);
    expect(await failure(port.apply(mine))).toMatchObject({ message: expect.stringMatching(/^Có người khác/) });
  });
});

describe('cell-edit mode and read-only documents', () => {
  it('cell-edit mode before the write: a plain message, nothing changed; the read says so too', async () => {
    const { fake, port } = await scoredOnce();
    const plan = runScoring(await port.readSnapshot(), { now: day(21) }).writePlan;
    const grids = fake.model.sheets.map((s) => [s.name, gridOf(s)]);
    fake.options.mode = 'cellEdit';
    expect(await failure(port.apply(plan))).toMatchObject({ message: expect.stringMatching(/^Excel đang ở chế độ sửa ô.*Chưa có gì/) });
    expect(await failure(port.readSnapshot())).toMatchObject({ message: expect.stringMatching(/^Excel đang ở chế độ sửa ô/) });
    expect(fake.model.sheets.map((s) => [s.name, gridOf(s)])).toEqual(grids);
  });

  it('read-only: reading works, writing says why and changes nothing', async () => {
    const { fake, port } = await scoredOnce();
    fake.options.mode = 'readOnly';
    const plan = runScoring(await port.readSnapshot(), { now: day(21) }).writePlan;
    const grids = fake.model.sheets.map((s) => [s.name, gridOf(s)]);
    expect(await failure(port.apply(plan))).toMatchObject({ message: expect.stringMatching(/chỉ đọc/) });
    expect(fake.model.sheets.map((s) => [s.name, gridOf(s)])).toEqual(grids);
  });

  it('cell-edit mode in the middle: no rollback refused the same way, old sheets intact, the next write cleans up', async () => {
    const { fake, port, names } = await scoredOnce();
    const previous = names.map((n) => [n, gridOf(findSheet(fake.model, n) ?? newSheet(fake.model, 'x'))]);
    const plan = runScoring(await port.readSnapshot(), { now: day(21) }).writePlan;
    const start = fake.syncs.length;
    fake.options.beforeSync = (n, _model, options) => {
      if (n === start + 3) options.mode = 'cellEdit';
    };
    const { result: error, refused } = await measure(fake, () => failure(port.apply(plan)));
    // One refused request only: the one that met the mode (no rollback attempted).
    expect(refused).toEqual(['InvalidOperationInCellEditMode']);
    expect(error).toMatchObject({ message: expect.stringMatching(/chế độ sửa ô.*Sheet kết quả cũ vẫn còn nguyên.*«ThiDua đang ghi 1»/) });
    expect(names.map((n) => [n, gridOf(findSheet(fake.model, n) ?? newSheet(fake.model, 'x'))])).toEqual(previous);
    expect(fake.model.sheets.some((s) => s.name.startsWith('ThiDua đang ghi'))).toBe(true);
    // The user presses Enter and writes again: the leftovers go, the result is complete.
    delete fake.options.mode;
    delete fake.options.beforeSync;
    await port.apply(plan);
    expect(fake.model.sheets.filter((s) => s.name.startsWith('ThiDua ')).map((s) => s.name)).toEqual([]);
    for (const spec of plan.sheets) expect(findSheet(fake.model, spec.name)).toBeDefined();
  });
});

describe('5 MB per request: a refused request is sent again in halves', () => {
  it('writes through when Excel accepts less than the estimate allowed', async () => {
    const fake = createFakeExcel(snapshot, { payloadLimit: 400_000 });
    const port = createOfficePort({ run: fake.run, isSetSupported: allSets, requestBudget: 4_000_000 });
    const plan = runScoring(await port.readSnapshot(), { now: day(20) }).writePlan;
    const { refused, largest } = await measure(fake, () => port.apply(plan));
    expect(refused.filter((r) => r === 'RequestPayloadSizeLimitExceeded').length).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(400_000);
    for (const spec of plan.sheets) expect(findSheet(fake.model, spec.name)).toBeDefined();
    expect(fake.model.sheets.some((s) => s.name.startsWith('ThiDua đang ghi'))).toBe(false);
  });
});
