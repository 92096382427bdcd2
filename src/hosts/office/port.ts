/**
 * The office host (Excel.run) — not written yet: inside Excel the pane says so plainly and points to
 * the standalone mode (open the .xlsx in the pane in a browser). Signatures are the contract the pane uses.
 */
import type { WorkbookPort } from '../port';

export interface RequirementCheck {
  readonly ok: boolean;
  /** Requirement sets missing, e.g. "ExcelApi 1.9". */
  readonly missing: readonly string[];
  /** ExcelApi 1.13 (insertWorksheetsFromBase64) is present. */
  readonly canInsertWorksheets: boolean;
}

const notYet = 'Phiên bản này chưa chấm điểm trực tiếp trong Excel. Hãy mở tệp .xlsx trong ngăn này ở trình duyệt (chế độ độc lập).';

export function checkRequirements(): RequirementCheck {
  throw new Error(notYet);
}

export function createOfficePort(): WorkbookPort {
  throw new Error(notYet);
}
