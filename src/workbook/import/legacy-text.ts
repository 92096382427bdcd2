/**
 * A returned sheet's text in Unicode: TCVN3 (.VnTime) and VNI cells are converted before anything
 * reads or copies them, and each conversion is listed with its cell so it can be reported.
 */
import type { LegacyEncoding } from '../../domain/text/legacy';
import { decodeLegacy } from '../../domain/text/legacy';
import { address, type CellValue, type SheetSnapshot } from '../grid';

export interface TextConversion {
  readonly address: string;
  readonly encoding: LegacyEncoding;
  readonly value: string;
  readonly converted: string;
}

export function convertSheetText(sheet: SheetSnapshot): { sheet: SheetSnapshot; conversions: TextConversion[] } {
  const conversions: TextConversion[] = [];
  const rows = sheet.rows.map((row, r) =>
    row.map((value, c): CellValue => {
      if (typeof value !== 'string') return value;
      const legacy = decodeLegacy(value);
      if (!legacy) return value;
      conversions.push({ address: address(r, c), encoding: legacy.encoding, value, converted: legacy.converted });
      return legacy.converted;
    }),
  );
  return { sheet: { ...sheet, rows }, conversions };
}
