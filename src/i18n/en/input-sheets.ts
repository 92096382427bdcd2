/** English mirror of vi/input-sheets.ts (the sheets themselves are read with the Vietnamese labels). */
import type { Widen } from '../types';
import type { inputSheets as vi } from '../vi/input-sheets';

export const inputSheets: Widen<typeof vi> = {
  names: { register: 'Units', proposals: 'Award proposals' },
  register: {
    code: 'Unit code',
    name: 'Unit name',
    block: 'Block/Cluster',
    size: 'Type',
    headcount: 'Headcount',
    ineligible: 'Not considered for awards (reason)',
  },
  unitSheet: {
    labels: { unitCode: 'Unit code:', unit: 'Unit:', block: 'Block:', period: 'Period:' },
    columns: {
      code: 'Criterion code',
      text: 'Criterion',
      max: 'Maximum points',
      actual: 'Achieved',
      self: 'Self-assessed score',
      appraised: 'Appraised score',
      blockLeader: 'Block leader score',

      reason: 'Reason for the change',
      note: 'Evidence / Notes',
    },
  },
  consolidated: {
    suffixes: { self: 'SA', appraised: 'AP', actual: 'ACH', blockLeader: 'BL', reason: 'RS' },
  },
  proposals: {
    columns: {
      unit: 'Unit',
      unitCode: 'Unit code',
      name: 'Full name / Collective',
      kind: 'Individual / Collective',
      smallOrDirect: 'Small collective or direct worker (x)',
      position: 'Position',
      form: 'Proposed award',
      level: 'Level',
      rating: 'Evaluation rating',
      initiative: 'Initiative',
      note: 'Notes',
    },
  },
  keywords: {
    large: 'Large collective',
    small: 'Small collective',
    individual: 'Individual',
    collective: 'Collective',
    pass: 'Pass',
    fail: 'Fail',
    yes: 'x',
  },
  expected: {
    passFail: 'đạt / không đạt (pass / fail; or x / blank, 1 / 0)',
    size: 'tập thể lớn / tập thể nhỏ (large / small; blank means large)',
    kind: 'cá nhân / tập thể (individual / collective)',
    yes: 'x, or blank',
    wholeNumber: 'a whole number, not negative',
    share: 'a share from 0 to 100%',
    gender: 'nam / nữ (male / female)',
  },
  noBlock: 'No block',
  hiddenRoleResults: 'unit results',
};
