/**
 * Requirement sets, and a write interrupted part-way: whatever sync fails, the workbook is as it was
 * before the write (the earlier owned sheets and the run log included, no staging sheet left), the
 * error is a plain Error in Vietnamese, and the next write succeeds.
 */
import { createOfficePort, checkRequirements, reducedMessage, requirementMessage } from '../../src/adapters/office/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { runScoring } from '../../src/workbook/run';
import { scoreAndWrite } from '../../src/app/usecases';
import { errorText } from '../../src/taskpane/view';
import { dictionaries } from '../../src/i18n';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import type { WritePlan } from '../../src/workbook/spec';
import { createFakeExcel, findSheet, gridOf, highlightsIn, measure, type FakeExcel } from '../fake-excel';

const now = new Date('2024-12-20T02:00:00Z');

describe('requirement sets', () => {
  const upTo = (level: string) => (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= Number(level.split('.')[1]);

  it('needs ExcelApi 1.7 (volume-licensed Office 2019) and says so in Vietnamese', () => {
    const check = checkRequirements(upTo('1.6'));
    expect(check).toMatchObject({ ok: false, missing: ['ExcelApi 1.7'], canInsertWorksheets: false });
    const message = requirementMessage(check);
    expect(message).toContain('ExcelApi 1.7');
    expect(message).toMatch(/chưa hỗ trợ/);
    expect(message).toMatch(/cập nhật Office/);
    expect(requirementMessage(check, 'en')).toContain('does not support ExcelApi 1.7');
    expect(reducedMessage(check)).toBe('');
  });

  it('runs from 1.7 up, saying once in words what is plainer below 1.8, 1.9, 1.13 and 1.18', () => {
    expect(checkRequirements(upTo('1.7'))).toMatchObject({ ok: true, missing: [], reduced: ['validation', 'layout', 'merges', 'notes'] });
    expect(checkRequirements(upTo('1.9'))).toMatchObject({ ok: true, reduced: ['merges', 'notes'], canInsertWorksheets: false });
    expect(checkRequirements(upTo('1.13'))).toMatchObject({ ok: true, reduced: ['notes'], canInsertWorksheets: true });
    expect(checkRequirements(upTo('1.18'))).toMatchObject({ ok: true, reduced: [], canInsertWorksheets: true });
    const words = reducedMessage(checkRequirements(upTo('1.7')));
    expect(words.split('\n')).toHaveLength(5);
    expect(words).toMatch(/danh sách chọn/);
    expect(words).toMatch(/#REF!/);
    expect(words).toMatch(/ghi chú/);
    expect(reducedMessage(checkRequirements(upTo('1.18')))).toBe('');
    expect(requirementMessage(checkRequirements(() => true))).toBe('');
  });

  it('finds nothing supported outside Office', () => {
    expect(checkRequirements().ok).toBe(false);
  });
});

describe('a write interrupted part-way', () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = snapshotWorkbook(await buildSampleWorkbook());
  });

  /** The first run's write plan: the same workbook read the same way gives the same plan, so it is made once. */
  let firstPlan: WritePlan | undefined;

  /** A workbook already scored once, so the owned sheets (one very hidden) exist before the failing write. */
  async function scoredOnce(): Promise<{ fake: FakeExcel; names: string[]; previous: Map<string, unknown> }> {
    const fake = createFakeExcel(snapshot);
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    firstPlan ??= runScoring(await port.readSnapshot(), { now }).writePlan;
    const first = { writePlan: firstPlan };
    await port.apply(first.writePlan);
    const names = first.writePlan.sheets.map((s) => s.name);
    const previous = new Map(
      names.map((n) => {
        const sheet = findSheet(fake.model, n);
        if (!sheet) throw new Error(`${n} was not written`);
        return [n, gridOf(sheet)];
      }),
    );
    return { fake, names, previous };
  }

  it('leaves the workbook as it was whichever sync fails, and the next write succeeds', async () => {
    const probe = await scoredOnce();
    const port = createOfficePort({ run: probe.fake.run, isSetSupported: () => true });
    const plan = runScoring(await port.readSnapshot(), { now: new Date('2024-12-21T02:00:00Z') }).writePlan;
    const { syncs } = await measure(probe.fake, () => port.apply(plan));
    expect(syncs).toBe(4);

    for (let failing = 1; failing <= syncs; failing++) {
      const { fake, names, previous } = await scoredOnce();
      const inputs = fake.model.sheets.filter((s) => !names.includes(s.name)).map((s) => [s.name, gridOf(s)]);
      const sheetsBefore = fake.model.sheets.map((s) => s.name);
      const visibilityBefore = new Map(fake.model.sheets.map((s) => [s.name, s.visibility]));
      const host = createOfficePort({ run: fake.run, isSetSupported: () => true });
      fake.options.failOnSync = fake.syncs.length + failing;
      const error: unknown = await host.apply(plan).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'Error', code: 'GeneralException' });
      expect(error instanceof Error && error.message).toMatch(/^Ghi kết quả bị gián đoạn .*giữ nguyên như trước/);
      // Every owned sheet is the complete previous one, under its name, with its visibility; nothing else is there.
      for (const name of names) {
        const sheet = findSheet(fake.model, name);
        expect({ failing, name, grid: sheet && gridOf(sheet), visibility: sheet?.visibility }).toEqual({ failing, name, grid: previous.get(name), visibility: visibilityBefore.get(name) });
      }
      expect(fake.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
      expect(fake.model.sheets.filter((s) => !names.includes(s.name)).map((s) => [s.name, gridOf(s)])).toEqual(inputs);

      await host.apply(plan);
      for (const spec of plan.sheets) expect(findSheet(fake.model, spec.name)).toBeDefined();
      expect(highlightsIn(fake.model).length).toBe(plan.highlights?.length);
    }
  });

  // issue 6b: the same, through the use case and the pane's error text, for the read sync too.
  it('through scoreAndWrite: each failing sync gives a plain message, and a second run equals a clean run', async () => {
    const later = new Date('2024-12-21T02:00:00Z');
    const clean = await scoredOnce();
    const cleanPort = createOfficePort({ run: clean.fake.run, isSetSupported: () => true });
    const syncsBefore = clean.fake.syncs.length;
    await scoreAndWrite(cleanPort, later, { confirmReplace: true });
    const total = clean.fake.syncs.length - syncsBefore;
    const cleanGrids = clean.fake.model.sheets.map((s) => [s.name, gridOf(s)]);
    expect(total).toBeGreaterThan(4); // the read syncs, then the four of the write

    for (let failing = 1; failing <= total; failing++) {
      const { fake, names, previous } = await scoredOnce();
      const inputs = fake.model.sheets.filter((s) => !names.includes(s.name)).map((s) => [s.name, gridOf(s)]);
      const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
      fake.options.failOnSync = fake.syncs.length + failing;
      const error: unknown = await scoreAndWrite(port, later, { confirmReplace: true }).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) {
        // The read's second sync (used ranges and merges) is tried again in bands when it fails: the run went through.
        expect(failing).toBe(2);
        expect(fake.model.sheets.map((s) => [s.name, gridOf(s)])).toEqual(cleanGrids);
        continue;
      }
      const shown = errorText(error, 'vi');
      const isWrite = failing > total - 4;
      if (isWrite) expect({ failing, shown }).toEqual({ failing, shown: expect.stringMatching(/^Ghi kết quả bị gián đoạn \(.*\)\. Bảng tính được giữ nguyên như trước lần ghi này/) });
      // A failed read changed nothing: the pane says "try again" without detail.
      else expect({ failing, shown }).toEqual({ failing, shown: dictionaries.vi.ui.errors.unexpected });
      expect(shown).not.toMatch(/at .*\.(ts|js):\d+/);
      // Whichever sync failed, every previous owned sheet is there, complete — the run log's rows included.
      for (const name of names) {
        const sheet = findSheet(fake.model, name);
        expect({ failing, name, grid: sheet && gridOf(sheet) }).toEqual({ failing, name, grid: previous.get(name) });
      }
      expect(fake.model.sheets.filter((s) => !names.includes(s.name)).map((s) => [s.name, gridOf(s)])).toEqual(inputs);

      const second = await scoreAndWrite(port, later, { confirmReplace: true });
      expect(second.status).toBe('written');
      // So the second run equals a clean run, sheet for sheet, the log too.
      expect(fake.model.sheets.map((s) => [s.name, gridOf(s)])).toEqual(cleanGrids);
    }
  });
});
