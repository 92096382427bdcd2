/**
 * The manifest, checked offline (Microsoft's validator needs its online service: `npm run validate`).
 * Well-formed, parsed by office-addin-manifest, required elements present, every URL on one origin,
 * every resource id defined, every icon present in assets/ at the size it claims.
 */
import { floor } from '../../src/adapters/office/requirements';
import { execFile } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseStringPromise } from 'xml2js';
import { drawIcon, iconSizes } from '../../scripts/make-icons';

const root = resolve(__dirname, '../..');
const text = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** Every attribute value and text in document order, with its element name. */
function walk(node: unknown, name: string, out: { element: string; attr?: string; value: string }[]): void {
  if (typeof node === 'string') {
    out.push({ element: name, value: node.trim() });
    return;
  }
  if (Array.isArray(node)) {
    for (const n of node) walk(n, name, out);
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === '$') for (const [attr, v] of Object.entries(value as Record<string, string>)) out.push({ element: name, attr, value: v });
      else if (key === '_') out.push({ element: name, value: String(value).trim() });
      else walk(value, key, out);
    }
  }
}

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  let items: { element: string; attr?: string; value: string }[] = [];
  beforeAll(async () => {
    const doc = await parseStringPromise(text);
    items = [];
    walk(doc, 'root', items);
  });

  const values = (element: string, attr?: string): string[] => items.filter((i) => i.element === element && i.attr === attr).map((i) => i.value);

  it('is a Workbook task pane with the right permission, requirement set and locales', () => {
    expect(values('OfficeApp', 'xsi:type')).toEqual(['TaskPaneApp']);
    expect(values('Id')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(values('Permissions')).toEqual(['ReadWriteDocument']);
    expect(values('Host', 'Name')).toContain('Workbook');
    const sets = items.filter((i) => i.element === 'Set');
    expect(sets.find((i) => i.attr === 'Name')?.value).toBe('ExcelApi');
    // The floor: volume-licensed Office 2019 stops at ExcelApi 1.7; the rest is detected at run time.
    expect(sets.find((i) => i.attr === 'MinVersion')?.value).toBe(floor[1]);
    expect(floor).toEqual(['ExcelApi', '1.7']);
    expect(values('DefaultLocale')).toEqual(['vi-VN']);
    expect(values('Override', 'Locale')).toContain('en-US');
    expect(values('Action', 'xsi:type')).toEqual(['ShowTaskpane']);
  });

  it('keeps every URL on one https origin', () => {
    // Namespace names (xmlns) are identifiers, not addresses the add-in loads.
    const urls = items.filter((i) => !i.attr?.startsWith('xmlns')).map((i) => i.value).filter((v) => /^https?:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(['https://localhost:3000']));
  });

  it('defines every resource id it uses', () => {
    const defined = new Set(values('bt:Image', 'id').concat(values('bt:Url', 'id'), values('bt:String', 'id')));
    const used = items.filter((i) => i.attr === 'resid').map((i) => i.value);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
  });

  it('names icons that exist in assets/ at the size they claim', () => {
    const claimed: [string, number][] = [
      [values('IconUrl', 'DefaultValue')[0] ?? '', 32],
      [values('HighResolutionIconUrl', 'DefaultValue')[0] ?? '', 64],
    ];
    for (const i of items.filter((x) => x.element === 'bt:Image' && x.attr === 'DefaultValue')) {
      const size = Number(/icon-(\d+)\.png$/.exec(i.value)?.[1]);
      claimed.push([i.value, size]);
    }
    for (const [url, size] of claimed) {
      const file = join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('ships the icons the generator draws (rebuild with npm run icons)', () => {
    for (const size of iconSizes) expect(readFileSync(join(root, `assets/icon-${size}.png`)).equals(drawIcon(size))).toBe(true);
  });

  it('is read by office-addin-manifest (offline)', async () => {
    const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/office-addin-manifest'), ['info', join(root, 'manifest.xml')]);
    expect(stdout).toContain('Type: TaskPaneApp');
    expect(stdout).toContain('Permissions: ReadWriteDocument');
  });
});
