/** The named styles (src/workbook/render/styles.ts) mapped onto a range format of office.js. */
import { fontName, type StyleDef } from '../../workbook/render/styles';
import type { BorderSide, XRangeFormat } from './api';

const horizontal = { left: 'Left', center: 'Center', right: 'Right' } as const;
const vertical = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
/** Inside borders too: on a multi-area range only the edges of each area would be drawn otherwise. */
const borderSides: readonly BorderSide[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
const borderColor = '#808080';

export function applyStyle(format: XRangeFormat, def: StyleDef): void {
  format.font.name = fontName;
  format.font.size = def.size;
  if (def.bold) format.font.bold = true;
  if (def.italic) format.font.italic = true;
  if (def.underline) format.font.underline = 'Single';
  if (def.color) format.font.color = `#${def.color}`;
  if (def.fill) format.fill.color = `#${def.fill}`;
  if (def.align) format.horizontalAlignment = horizontal[def.align];
  if (def.valign) format.verticalAlignment = vertical[def.valign];
  if (def.wrap !== undefined) format.wrapText = def.wrap;
  if (def.border) {
    for (const side of borderSides) {
      const border = format.borders.getItem(side);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = borderColor;
    }
  }
}

/** Rough size of one style application in a request (a dozen property sets). */
export const styleOpBytes = 2_000;

/** The widest digit of the default font (Calibri 11) in pixels: Excel's unit of column width. */
export const maxDigitWidth = 7;

/**
 * Column widths come in characters, as the file format stores them (and ExcelJS writes them);
 * office.js wants points. Excel shows a stored width w as whole pixels,
 * trunc(((256·w + trunc(128/mdw)) / 256) · mdw) (ECMA-376, col width), and a pixel is 0.75 point:
 * so the office host sets exactly the pixels the ExcelJS host's file shows.
 */
export function widthInPixels(characters: number): number {
  return Math.trunc(((256 * characters + Math.trunc(128 / maxDigitWidth)) / 256) * maxDigitWidth);
}

export function widthInPoints(characters: number): number {
  return widthInPixels(characters) * 0.75;
}

/** Page margins come in millimetres; office.js wants points (72 to the inch, 25.4 mm to the inch). */
export function mmToPoints(mm: number): number {
  return Math.round((mm * 72 / 25.4) * 100) / 100;
}
