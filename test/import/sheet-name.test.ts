import fc from 'fast-check';
import { importedSheetName } from '../../src/workbook/import/sheet-name';

describe('importedSheetName', () => {
  it('joins code and name, drops characters Excel refuses, and cuts at 31', () => {
    expect(importedSheetName({ code: 'TH01', name: 'Trường Tiểu học Hòa Bình' }, [])).toBe('TH01 Trường Tiểu học Hòa Bình');
    expect(importedSheetName({ code: 'A/1', name: "Trường [A]: x*y?'" }, [])).toBe('A 1 Trường A x y');
    expect(importedSheetName({ code: 'TH01', name: 'Trường Tiểu học Nguyễn Văn Trỗi số 2' }, []).length).toBeLessThanOrEqual(31);
  });

  it('property: always valid and unique against what is taken, case ignored', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.array(fc.string({ maxLength: 31 })), (code, name, taken) => {
        const out = importedSheetName({ code, name }, taken);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThanOrEqual(31);
        expect(out).not.toMatch(/[[\]:*?/\\]/);
        expect(out.startsWith("'") || out.endsWith("'")).toBe(false);
        expect(taken.map((t) => t.toLocaleLowerCase('vi'))).not.toContain(out.toLocaleLowerCase('vi'));
      }),
      { numRuns: 200 },
    );
  });
});

it('never leaves an apostrophe at either end, even after the cut', () => {
  expect(importedSheetName({ code: "'", name: '' }, [])).toBe('Đơn vị');
  const cut = importedSheetName({ code: 'A', name: `${'x'.repeat(28)}'yy` }, []);
  expect(cut.endsWith("'")).toBe(false);
});
