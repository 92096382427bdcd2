import type { Widen } from '../types';
import type { validation as vi } from '../vi/validation';

export const validation: Widen<typeof vi> = {
  required: 'Must not be empty.',
  number: 'Must be a number.',
  integer: 'Must be a whole number.',
  notNegative: 'Must not be negative.',
  positive: 'Must be greater than 0.',
  fraction: 'Must be a ratio from 0% to 100%.',
  year: 'Not a valid year.',
  criterionCode: 'A criterion code is digits, letters and dots, e.g. 1.1, I.2, a1.1, C2.4.',
  criteriaRequired: 'The plan needs at least one criterion.',
  levelsRequired: 'The plan must list at least one award level.',
};
