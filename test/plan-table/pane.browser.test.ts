/**
 * The built task pane in Chromium (standalone): open a workbook without a plan, pick the officer's .docx in
 * «Tạo kế hoạch từ bảng điểm», see the proposed tree and its findings, write «Kế hoạch», and see that a second
 * write is refused. Needs dist/ (`npm run build`) and /usr/bin/chromium; skipped without them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { excerptDocx } from './shapes';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
const executablePath = '/usr/bin/chromium';
const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeJsLocal = join(root, 'node_modules/@microsoft/office-js/dist/office.js');
const ready = process.env.THIDUA_SKIP_BROWSER !== '1' && existsSync(join(dist, 'taskpane.html')) && existsSync(executablePath);
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.png': 'image/png' };

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

(ready ? describe : describe.skip)('the pane step «Tạo kế hoạch từ bảng điểm»', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serve(dist);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'vi-VN' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === officeJsUrl) await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(officeJsLocal, 'utf8') });
      else if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
      else await route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${origin}/taskpane.html`);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  it('reads the .docx, shows the tree and findings, writes the plan once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-table-pane-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chép').addRow(['chưa có kế hoạch']);
    const book = join(dir, 'trong.xlsx');
    await wb.xlsx.writeFile(book);
    const docx = join(dir, 'bang-diem.docx');
    writeFileSync(docx, await excerptDocx());

    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    await page.locator('#xlsx-file').setInputFiles(book);
    await page.getByText('Đã mở: trong.xlsx').waitFor();
    await page.locator('#plan-table-file').setInputFiles(docx);
    const section = page.locator('section[aria-labelledby="step-plan-table-title"]');
    await section.getByText('Tìm thấy 17 tiêu chí: 10 điểm chuẩn, 5 điểm cộng, 2 điểm trừ; 5 mục có tiêu chí con.').waitFor();
    expect(await section.getByRole('list', { name: 'Cây tiêu chí đề xuất' }).locator('li').count()).toBe(17);
    await section.getByText(/Dòng 7: giới hạn điểm trừ 1,5 điểm của mục a1/).first().waitFor();
    await section.getByRole('button', { name: 'Ghi kế hoạch' }).click();
    await section.getByText('Đã ghi trang «Kế hoạch».').waitFor();

    // A second reading offers to write again; the workbook now has a plan, so nothing is replaced.
    await page.locator('#plan-table-file').setInputFiles(docx);
    await section.getByRole('button', { name: 'Ghi kế hoạch' }).click();
    await section.getByText('Sổ tính đã có trang kế hoạch «Kế hoạch»: không ghi đè.').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
