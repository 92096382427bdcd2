/**
 * Golden files: reviewed-by-eye text of what the product writes. `UPDATE_GOLDEN=1` rewrites them (read the
 * diff before committing); a missing golden is written on a developer's machine but fails under CI, so a
 * golden nobody reviewed can never pass by being created on the spot.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const goldenDir = resolve(__dirname, '../golden');

export function expectGolden(name: string, actual: string, dir: string = goldenDir): void {
  const path = resolve(dir, name);
  const exists = existsSync(path);
  if (!exists && process.env.CI) throw new Error(`Golden file ${name} is missing: run the test with UPDATE_GOLDEN=1 on your machine, review it and commit it.`);
  if (process.env.UPDATE_GOLDEN === '1' || !exists) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
