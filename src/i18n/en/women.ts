/** Priority for women (English mirror); the plan sheet's keywords stay Vietnamese (they are read from the sheet). */
import type { Dictionary } from '../vi';
import { women as viWomen } from '../vi/women';

type P = Readonly<Record<string, string | number>>;

export const women: Dictionary['women'] = {
  ...viWomen,
  columns: { share: 'Share of women (%)', count: 'Number of women', gender: 'Gender' },
  tieBreakShare: (p: P) => `Priority for women (collectives with at least ${p.share} women)`,
  tieBreakPlain: 'Priority for women (higher share of women)',
};
