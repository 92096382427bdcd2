/** Reads a SheetSpec back as a snapshot, as a host would after writing it (values only). */
import type { SheetSnapshot } from './grid';
import type { SheetSpec } from './spec';

export function snapshotFromSpec(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name,
    visibility: spec.visibility,
    rows: spec.rows.map((row) => row.map((cell) => (cell.value === '' ? null : cell.value))),
    merges: spec.merges,
  };
}
