/** Messages of the .xlsx reader (command line and standalone mode). */
import type { Widen } from '../types';
import type { packageText as vi } from '../vi/package';

type P = Readonly<Record<string, string | number>>;

export const packageText: Widen<typeof vi> = {
  inflated: (p: P) => `${p.file} inflates to more than ${p.max} MB, over the reading limit: reading stopped so the machine does not hang. Remove unneeded sheets, pictures or data from the file and save it again.`,
  cells: (p: P) => `${p.file} has more than ${p.max} cells with data, over the reading limit. Remove unneeded rows and columns (or split the file) and try again.`,
  sheets: (p: P) => `${p.file} has more than ${p.max} sheets, over the reading limit. Remove unneeded sheets and try again.`,
  macroName: (p: P) => `The input holds macros (.xlsm), so the result must end in .xlsm for Excel to open it with its macros: name the output like ${p.suggestion}.`,
  notRegular: (p: P) => `${p.file} is not a regular file (a folder, a broken link or a pipe) and was not read.`,
};
