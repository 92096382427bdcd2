/**
 * What the plan schema says when a value does not validate, as keys: the words live in src/i18n and are
 * chosen where the issue is shown, so the domain holds no user-facing language.
 */
export const validationKeys = {
  required: 'required',
  number: 'number',
  integer: 'integer',
  notNegative: 'notNegative',
  positive: 'positive',
  fraction: 'fraction',
  year: 'year',
  criterionCode: 'criterionCode',
  criteriaRequired: 'criteriaRequired',
  levelsRequired: 'levelsRequired',
} as const;

export type ValidationKey = keyof typeof validationKeys;

export function isValidationKey(message: string): message is ValidationKey {
  return Object.prototype.hasOwnProperty.call(validationKeys, message);
}
