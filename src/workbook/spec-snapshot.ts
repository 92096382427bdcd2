/** Reads a SheetSpec back as a snapshot, as a host would after writing it (values, and the number formats of numbers). */
import { address, type SheetSnapshot } from './grid';
import { styles } from './render/styles';
import type { SheetSpec } from './spec';

export function snapshotFromSpec(spec: SheetSpec): SheetSnapshot {
  const numberFormats: Record<string, string> = {};
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const format = cell.style === undefined ? undefined : styles[cell.style].numFmt;
      if (typeof cell.value === 'number' && format !== undefined && format !== 'General') numberFormats[address(r, c)] = format;
    }),
  );
  return {
    name: spec.name,
    visibility: spec.visibility,
    rows: spec.rows.map((row) => row.map((cell) => (cell.value === '' ? null : cell.value))),
    merges: spec.merges,
    ...(Object.keys(numberFormats).length > 0 ? { numberFormats } : {}),
  };
}
