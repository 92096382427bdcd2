/**
 * Half-finished writes through the ExcelJS host: the output is either complete or absent (or the
 * previous file, untouched), the input is never touched, and a second run works.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileError, scoreFile, writeAtomically } from '../../src/adapters/xlsx/file';
import { loadWorkbook } from '../../src/adapters/xlsx/port';

const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const now = new Date('2024-12-20T02:00:00Z');

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'thidua-xlsx-fail-'));
}

describe('writing a result file that fails part-way', () => {
  it('leaves the previous file byte for byte and no temporary file when the write dies half-way', async () => {
    const dir = freshDir();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'previous result');
    const dying = async (path: string, data: Uint8Array): Promise<void> => {
      writeFileSync(path, data.subarray(0, Math.floor(data.length / 2))); // half the bytes reach the disk …
      throw new Error('ENOSPC: no space left on device'); // … then the disk is full
    };
    await expect(writeAtomically(target, new Uint8Array(1000).fill(7), dying)).rejects.toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('previous result');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('says plainly it could not write, keeps the input, leaves nothing behind, and the next run works', async () => {
    const dir = freshDir();
    const input = join(dir, 'in.xlsx');
    copyFileSync(sample, input);
    const before = readFileSync(input);
    // A folder where the output should go: the whole file is written beside it, then cannot replace it.
    const blocked = join(dir, 'out.xlsx');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'keep.txt'), 'x');
    const failed = scoreFile(input, blocked, { now });
    await expect(failed).rejects.toBeInstanceOf(FileError);
    await expect(failed).rejects.toMatchObject({ reason: 'cannotWrite', file: blocked });
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    expect(readdirSync(blocked)).toEqual(['keep.txt']);

    const output = join(dir, 'ok.xlsx');
    const second = await scoreFile(input, output, { now });
    expect(existsSync(output)).toBe(true);
    const wb = await loadWorkbook(readFileSync(output));
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
    expect(second.result.evaluation?.blocks.length).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
