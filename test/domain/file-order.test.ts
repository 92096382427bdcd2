/** The order in which files of a folder are imported and logged: as an officer reads names, the same everywhere. */
import fc from 'fast-check';
import { compareFileNames } from '../../src/domain/text/normalize';

describe('file names in order', () => {
  it('reads Vietnamese letters in their place and numbers by value', () => {
    const names = ['Zeta.xlsx', 'TH10.xlsx', 'Đông Hòa.xlsx', 'TH2.xlsx', 'Dương Xuân.xlsx', 'an.xlsx', 'Ấp Bắc.xlsx', 'An.xlsx', 'Bình.xlsx'];
    expect([...names].sort(compareFileNames)).toEqual(['An.xlsx', 'an.xlsx', 'Ấp Bắc.xlsx', 'Bình.xlsx', 'Dương Xuân.xlsx', 'Đông Hòa.xlsx', 'TH2.xlsx', 'TH10.xlsx', 'Zeta.xlsx']);
  });

  it('is a total order: the same list in any arrival order gives one result', () => {
    const name = fc.stringMatching(/^[AaĂăÂâDdĐđEeÊêOoƠơ0-9 ._-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (list) => {
        const once = [...list].sort(compareFileNames);
        expect([...list].reverse().sort(compareFileNames)).toEqual(once);
        for (let i = 1; i < once.length; i++) expect(compareFileNames(once[i - 1] ?? '', once[i] ?? '')).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
