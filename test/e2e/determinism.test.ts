/**
 * The same workbook gives the same file: the sample scored by two separate processes, one in a Vietnamese
 * locale and Vietnam's time zone, the other in the C locale and UTC, must write byte-identical output.
 * Catches anything that reads the locale (an implicit collator, number or date formatting) or the clock.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root, sample } from '../helpers/cli';

const run = promisify(execFile);
const tsx = join(root, 'node_modules/.bin/tsx');

async function scoreIn(env: Record<string, string>, out: string): Promise<Buffer> {
  await run(tsx, [join(root, 'src/cli/main.ts'), 'score', sample, '-o', out, '--now', '2024-12-20T02:00:00Z'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return readFileSync(out);
}

describe('determinism across processes, locales and time zones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-determinism-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bytes under LANG=vi_VN.UTF-8 TZ=Asia/Ho_Chi_Minh and LANG=C TZ=UTC', async () => {
    const [vi, c] = await Promise.all([
      scoreIn({ LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8', TZ: 'Asia/Ho_Chi_Minh' }, join(dir, 'vi.xlsx')),
      scoreIn({ LANG: 'C', LC_ALL: 'C', TZ: 'UTC' }, join(dir, 'c.xlsx')),
    ]);
    expect(vi.length).toBeGreaterThan(10_000);
    expect(vi.equals(c)).toBe(true);
  });
});
