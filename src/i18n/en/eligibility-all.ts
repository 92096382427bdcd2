/** the eligibility dictionary files, registered together. */
export { eligibility } from './eligibility';
export { eligibilityFindings } from './findings-eligibility';
export { proposalSheet } from './proposal-sheet';
