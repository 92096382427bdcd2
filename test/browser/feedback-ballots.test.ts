/**
 * The built task pane in Chromium (standalone): step 8 downloads one .zip of results notices, each
 * holding its own unit only; step 9 adds the ballots and the tally and downloads the workbook.
 * Beside test/browser/pane.test.ts so `npm run test:browser` runs it. Needs dist/ (`npm run build`) and /usr/bin/chromium; skipped with THIDUA_SKIP_BROWSER=1.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
const artifacts = join(root, 'test-artifacts');
const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeJsLocal = join(root, 'node_modules/@microsoft/office-js/dist/office.js');
const executablePath = '/usr/bin/chromium';
const skip = process.env.THIDUA_SKIP_BROWSER === '1';
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'taskpane.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

(skip ? describe.skip : describe)('feedback and ballots in the task pane (standalone)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first.');
    mkdirSync(artifacts, { recursive: true });
    server = await serve(dist);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 900 }, locale: 'vi-VN' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === officeJsUrl) await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(officeJsLocal, 'utf8') });
      else if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
      else {
        if (!url.includes('appsforoffice.microsoft.com')) offsite.push(url);
        await route.abort();
      }
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor({ timeout: 30000 });
    await page.locator('#xlsx-file').setInputFiles(sample);
    await page.getByText('Đã mở: mau-pgd-chau-thanh-2024.xlsx').waitFor();
  }, 90000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  it('downloads one .zip with a notice per unit, each naming its own unit only', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải thông báo kết quả (.zip)' }).click()]);
    expect(download.suggestedFilename()).toBe('Thông báo kết quả - mau-pgd-chau-thanh-2024.zip');
    const saved = join(artifacts, 'pane-feedback.zip');
    await download.saveAs(saved);
    await page.getByText(/^Đã tạo 30 thông báo kết quả trong tệp /).waitFor();
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(30);
    const codes = names.map((n) => n.split(' - ')[0] ?? '');
    for (const name of names) {
      const inner = await JSZip.loadAsync(await (zip.file(name)?.async('uint8array') ?? Promise.reject(new Error(name))));
      let xml = '';
      for (const part of Object.keys(inner.files)) xml += await (inner.file(part)?.async('string') ?? '');
      const own = name.split(' - ')[0] ?? '';
      const others = codes.filter((c) => c !== own && new RegExp(`(^|[^A-Z0-9])${c}($|[^A-Z0-9])`).test(xml));
      expect({ name, others }).toEqual({ name, others: [] });
    }
  }, 120000);

  it('adds nine ballots and the tally, and downloads the workbook holding them', async () => {
    await page.getByRole('button', { name: 'Lập phiếu biểu quyết' }).click();
    await page.getByText(/^Đã thêm 9 phiếu biểu quyết \(\d+ đề nghị cần biểu quyết\)\.$/).waitFor({ timeout: 60000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tính có phiếu biểu quyết' }).click()]);
    const saved = join(artifacts, 'pane-ballots.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.name.startsWith('Phiếu biểu quyết '))).toHaveLength(9);
    expect(wb.getWorksheet('Kiểm phiếu')).toBeDefined();
    await page.screenshot({ path: join(artifacts, 'pane-320-ballots.png'), fullPage: true });
    // Nothing wider than the pane at 320 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
  }, 120000);
});
