/** The memory host, for tests: a snapshot that write plans are applied to, with every write recorded. */
import { sheetNameKey } from '../../workbook/sheet-name';
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/grid';
import { snapshotFromSpec } from '../../workbook/spec-snapshot';
import type { Highlight, SheetSpec, WritePlan } from '../../workbook/spec';
import type { WorkbookPort } from '../../app/port';

export interface MemoryWorkbook {
  readonly port: WorkbookPort;
  /** The workbook as it is now. */
  current(): WorkbookSnapshot;
  /** Owned sheets as last written, with layout. */
  readonly written: Map<string, SheetSpec>;
  highlights(): readonly Highlight[];
}

export function createMemoryWorkbook(initial: WorkbookSnapshot): MemoryWorkbook {
  let sheets: SheetSnapshot[] = [...initial.sheets];
  let highlights: readonly Highlight[] = [];
  const written = new Map<string, SheetSpec>();
  const port: WorkbookPort = {
    readSnapshot: async () => ({ sheets: [...sheets] }),
    apply: async (plan: WritePlan) => {
      for (const spec of plan.sheets) {
        sheets = sheets.filter((s) => sheetNameKey(s.name) !== sheetNameKey(spec.name));
        sheets.push(snapshotFromSpec(spec));
        written.set(spec.name, spec);
      }
      if (plan.highlights) highlights = plan.highlights;
    },
    clearHighlights: async () => {
      highlights = [];
    },
  };
  return { port, current: () => ({ sheets: [...sheets] }), written, highlights: () => highlights };
}
