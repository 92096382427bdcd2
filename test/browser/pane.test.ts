/**
 * The built task pane in a real browser (Chromium through playwright-core), standalone mode:
 * open the sample .xlsx, check, score, write, download; the download is read back with ExcelJS.
 * Nothing may be fetched from outside 127.0.0.1: office.js is answered from the npm copy.
 * Needs dist/ (`npm run build`) and /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumTool, findTool } from '../../scripts/lib/tools';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { runScoring } from '../../src/workbook/run';
import { fillTemplate } from '../helpers/fill-template';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
const artifacts = join(root, 'test-artifacts');
const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeJsLocal = join(root, 'node_modules/@microsoft/office-js/dist/office.js');
/** Chromium as the preflight found it (PATH, the usual install folders, or THIDUA_CHROMIUM). */
const executablePath = findTool(chromiumTool) ?? '/usr/bin/chromium';
/**
 * Outside Office, office.js asks its CDN for this table (which would then load Microsoft's
 * telemetry frame). It is refused, so office.js never gets ready, and the pane goes standalone
 * after its short wait: exactly the case of a pane opened in a browser with the CDN blocked.
 */
const refusedOfficeFetches = ['https://appsforoffice.microsoft.com/lib/1/hosted/o15apptofilemappingtable.js'];
const skip = process.env.THIDUA_SKIP_BROWSER === '1';
const officeStandaloneTimeout = 'MicrosoftAjax.js is not loaded successfully.';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for dist/, utf-8 throughout (ExcelJS's browser build has raw UTF-8 in regexes). */
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

/** The "Tổng hợp" sheet's ranked rows: unit name and rank, read under the header row. */
function rankedRows(ws: ExcelJS.Worksheet): { unit: string; rank: number }[] {
  let unitCol = 0;
  let rankCol = 0;
  const rows: { unit: string; rank: number }[] = [];
  ws.eachRow((row) => {
    const texts = (row.values as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v));
    if (unitCol <= 0) {
      unitCol = texts.indexOf('Đơn vị');
      rankCol = texts.indexOf('Xếp hạng');
      return;
    }
    const unit = texts[unitCol];
    const rank = texts[rankCol];
    if (typeof unit === 'string' && typeof rank === 'number') rows.push({ unit, rank });
  });
  return rows;
}

const describeBrowser = skip ? describe.skip : describe;
if (skip) console.log('THIDUA_SKIP_BROWSER=1: the browser test of the task pane is skipped.');

describeBrowser('the task pane in Chromium (standalone)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin = '';
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  const officeServed: string[] = [];
  const cspConsole: string[] = [];

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}. Install it with: apt-get install -y --no-install-recommends chromium (or set THIDUA_SKIP_BROWSER=1 to skip this test).`,
      );
    }
    if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first.');
    mkdirSync(artifacts, { recursive: true });
    server = await serve(dist);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 900 }, locale: 'vi-VN' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === officeJsUrl) {
        officeServed.push(url);
        await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(officeJsLocal, 'utf8') });
      } else if (refusedOfficeFetches.includes(url)) await route.abort();
      else if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
      else {
        offsite.push(url);
        await route.abort();
      }
    });
    // Every Content-Security-Policy violation the page reports, from the first script on.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    page = await context.newPage();
    // office.js itself throws this about 27 s after loading outside Office with its CDN blocked (an idle
    // page does it too): its wait for the Office host gives up. Not an error of the pane.
    page.on('pageerror', (e) => {
      if (e.message.replace(/^Uncaught /, '') !== officeStandaloneTimeout) pageErrors.push(e.message);
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text());
    });
    await page.goto(`${origin}/taskpane.html`);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  it('opens the sample, checks, scores, writes and downloads a workbook ranking the 30 schools', async () => {
    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    await page.locator('#xlsx-file').setInputFiles(sample);
    await page.getByText('Đã mở: mau-pgd-chau-thanh-2024.xlsx').waitFor();
    // Step 1 reads the plan by itself.
    await page.getByText('Kế hoạch trên trang «Kế hoạch»:').waitFor();
    // …and confirms what it found in the workbook.
    await page.getByText('30 đơn vị trong 3 khối/cụm', { exact: true }).waitFor();
    await page.getByText('357 đề nghị khen thưởng', { exact: true }).waitFor();
    // Steps in the order work happens.
    expect(await page.locator('section h2').allTextContents()).toEqual([
      '1. Kế hoạch',
      '2. Tạo kế hoạch từ bảng điểm',
      '3. Biểu mẫu cho đơn vị',
      '4. Nhập kết quả đơn vị gửi về',
      '5. Kiểm tra dữ liệu',
      '6. Chấm điểm và xếp hạng',
      '7. Ghi bảng tổng hợp',
      '8. Thông báo kết quả cho từng đơn vị',
      '9. Phiếu biểu quyết của Hội đồng',
      '10. Xóa tô màu',
    ]);
    await page.screenshot({ path: join(artifacts, 'pane-320-plan.png'), fullPage: true });

    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const counts = page.locator('#step-check-title').locator('..').getByRole('status');
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/^\d+ lỗi · \d+ cảnh báo · \d+ thông tin$/);

    await page.getByRole('button', { name: 'Chấm điểm', exact: true }).click();
    const scoreSection = page.locator('section[aria-labelledby="step-score-title"]');
    await scoreSection.locator('table').first().waitFor();
    const rankedInPane = await scoreSection.locator('tbody tr').count();
    expect(rankedInPane).toBe(30);
    // The sample has one unresolved tie (two lower-secondary schools at rank 7): both are marked.
    expect(await scoreSection.getByText('Đồng hạng', { exact: true }).count()).toBe(2);
    // One chart of units per band, a bar per block (loaded lazily): not the totals the tables list.
    await scoreSection.locator('figure').first().locator('svg').first().waitFor();
    expect(await scoreSection.locator('figure').count()).toBe(1);
    expect(await scoreSection.locator('figure').getAttribute('aria-label')).toBe('Số đơn vị theo xếp loại, từng khối');
    // Each proposal under its verdict, not just counts; the tiers of appraisal listed.
    expect(await scoreSection.locator('details[data-verdict] > summary').allTextContents()).toEqual(['Không đủ điều kiện (99)', 'Cần kiểm tra (44)', 'Đủ điều kiện (214)']);
    expect(await scoreSection.locator('details[data-verdict="needsCheck"] li').count()).toBe(44);
    await scoreSection.locator('details[data-tiers] > summary').waitFor();
    // The proposals at a glance, and the ratio the district level misses, with what would close it.
    await scoreSection.getByText(/^Đề nghị khen thưởng: 214 đủ điều kiện · 99 không đủ · 44 cần kiểm tra/).waitFor();
    expect(await scoreSection.getByText(/^Chưa đạt «.*»: 201\/274 = 73,4%, yêu cầu tối thiểu 80% — cần thêm 91 đề nghị đạt chuẩn hoặc rút 23 đề nghị khác\.$/).count()).toBe(1);

    await page.getByRole('button', { name: 'Ghi bảng tổng hợp', exact: true }).click();
    await page.getByText(/^Đã ghi: Tổng hợp, Tổng hợp đề nghị khen thưởng, Kiểm tra, Thẩm định các cấp, Nhật ký chấm điểm\.$/).waitFor({ timeout: 90_000 });

    // A second write replaces the add-in's own sheets: only after the user confirms.
    await page.getByRole('button', { name: 'Ghi bảng tổng hợp', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('«Tổng hợp», «Kiểm tra», «Thẩm định các cấp»');
    await dialog.getByRole('button', { name: 'Ghi lại' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.screenshot({ path: join(artifacts, 'pane-320.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả về' }).click()]);
    expect(download.suggestedFilename()).toBe('mau-pgd-chau-thanh-2024 - kết quả.xlsx');
    const saved = join(artifacts, 'pane-download.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.getWorksheet('Kiểm tra')).toBeDefined();
    // Two writes, two rows in the run log; no user is known in standalone mode.
    const log = wb.getWorksheet('Nhật ký chấm điểm');
    expect([log?.getCell('D5').value, log?.getCell('D6').value, log?.getCell('A6').value]).toEqual(['không xác định', 'không xác định', 2]);
    const summary = wb.getWorksheet('Tổng hợp');
    expect(summary).toBeDefined();
    const ranked = summary ? rankedRows(summary) : [];
    expect(ranked).toHaveLength(30);
    expect(new Set(ranked.map((r) => r.unit)).size).toBe(30);
    expect(ranked.every((r) => r.rank >= 1 && r.rank <= 30)).toBe(true);
    // No second copy of the outputs: the confirmed write replaced them.
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Tổng hợp'))).toEqual(['Tổng hợp', 'Tổng hợp đề nghị khen thưởng']);
  }, 120000);

  // issue 4: unit templates, one .zip with a workbook per unit of the register.
  it('downloads one .zip holding a template for each of the 30 units', async () => {
    const button = page.getByRole('button', { name: 'Tải biểu mẫu (.zip)' });
    await button.focus(); // keyboard reachable: Enter on the focused button
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('Biểu mẫu - mau-pgd-chau-thanh-2024.zip');
    const saved = join(artifacts, 'pane-templates.zip');
    await download.saveAs(saved);
    await page.getByText(/^Đã tạo 30 biểu mẫu trong tệp /).waitFor();
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(30);
    for (const name of names) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await (zip.file(name)?.async('arraybuffer') ?? Promise.reject(new Error(name))));
      const form = wb.worksheets.find((w) => w.state === 'visible');
      const code = form?.getColumn(2).values.find((v) => typeof v === 'string' && name.startsWith(`${v} - `));
      expect({ name, code: code !== undefined }).toEqual({ name, code: true });
    }
    await page.screenshot({ path: join(artifacts, 'pane-320-templates.png'), fullPage: true });
  }, 120000);

  it('reaches every control with the Tab key alone, with a visible focus', async () => {
    // Start where a keyboard user starts: the top of the page (a click on empty space sets the starting point).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.click(2, 2);
    // Every visible control, labelled so it can be recognised when focused (Fluent adds attributes on focus).
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])')]
        // Tabster's focus-trap sentinels and the chart's bars (one arrow-key group, entered by Tab) are not controls;
        // the file inputs are reached through their labelled buttons.
        .filter((e) => !e.hasAttribute('data-tabster-dummy') && !(e instanceof SVGElement) && !e.closest('svg') && !(e instanceof HTMLInputElement && e.type === 'file'))
        .filter((e) => !e.hasAttribute('disabled') && e.getAttribute('aria-disabled') !== 'true' && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e, i) => {
          e.dataset.tabProbe = String(i);
          return `${i}: ${(e.getAttribute('title') ?? e.textContent ?? '').slice(0, 50)}`;
        }),
    );
    const reached = new Set<string>();
    const unfocusedLook: string[] = [];
    for (let i = 0; i < controls.length * 2 + 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        if (!(e instanceof HTMLElement) || e.dataset.tabProbe === undefined) return undefined;
        const style = getComputedStyle(e);
        // Fluent draws keyboard focus as an outline, a box shadow or a ::after border; one must be there.
        const after = getComputedStyle(e, '::after');
        const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none' || (after.content !== 'none' && after.borderStyle !== 'none');
        return { probe: e.dataset.tabProbe, visible };
      });
      if (!focused) continue;
      reached.add(focused.probe);
      if (!focused.visible) unfocusedLook.push(focused.probe);
    }
    expect(controls.length).toBeGreaterThan(8);
    expect(controls.filter((c) => !reached.has(c.split(':')[0] ?? ''))).toEqual([]);
    expect(unfocusedLook).toEqual([]);
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: '6. Score and rank' }).waitFor();
    await page.getByRole('button', { name: 'Write the summary', exact: true }).waitFor();
    await page.screenshot({ path: join(artifacts, 'pane-320-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: '6. Chấm điểm và xếp hạng' }).waitFor();
  });

  it('opens a unit detail from the ranking and filters the findings, at 320 and at 800 px', async () => {
    const scoreSection = page.locator('section[aria-labelledby="step-score-title"]');
    const checkSection = page.locator('section[aria-labelledby="step-check-title"]');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      // The unit detail: where it stands, the gaps, each criterion at each tier.
      const name = 'Trường Tiểu học Tam Phước';
      await scoreSection.getByRole('button', { name, exact: true }).click();
      const detail = scoreSection.getByRole('region', { name: `Chi tiết: ${name}` });
      await detail.waitFor();
      // The detail alone, to look at: the engine's sentences above the gaps and the tiers.
      await detail.screenshot({ path: join(artifacts, `pane-${width}-detail-only.png`) });
      expect(await detail.textContent()).toMatch(/Xếp loại Tốt/);
      expect(await detail.textContent()).toMatch(/Hạng 3 · 94,14 điểm · Tốt/);
      expect(await detail.textContent()).toMatch(/Kém đơn vị dẫn đầu \(Trường Tiểu học Quới Thành\) 4,25 điểm/);
      // Points enough for «Xuất sắc», two criteria under its floor: each with its score and the floor.
      expect(await detail.textContent()).toMatch(/Để lên Xuất sắc: 2 tiêu chí đạt mức sàn \(3\.2: [\d,]+ điểm; 3\.3: [\d,]+ điểm\)/);
      expect(await detail.locator('tbody tr').count()).toBeGreaterThan(20);
      expect(await detail.getByRole('columnheader').allTextContents()).toEqual(['Mã', 'Tối đa', 'Tự chấm', 'Khối trưởng', 'Hội đồng', 'Tính']);
      await detail.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `pane-${width}-detail.png`), fullPage: true });
      expect(await overflow()).toBeLessThanOrEqual(0);
      // At 800 px the ranking uses the width: appraisal, band and award in columns of their own.
      const headers = await scoreSection.locator('table').first().getByRole('columnheader').allTextContents();
      if (width === 800) expect(headers).toEqual(['Hạng', 'Đơn vị', 'Tự chấm', 'Thẩm định', 'Tổng', 'Xếp loại', 'Khen thưởng']);
      else expect(headers).toEqual(['Hạng', 'Đơn vị', 'Tổng']);
      await detail.getByRole('button', { name: 'Đóng chi tiết' }).click();
      await detail.waitFor({ state: 'hidden' });

      // The findings, filtered by severity, then by unit.
      await checkSection.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      const severity = checkSection.getByLabel('Mức độ');
      await severity.waitFor();
      const items = checkSection.locator('ul[aria-label="Danh sách vấn đề"] > li');
      const all = await items.count();
      await severity.selectOption('error');
      await checkSection.getByText(/^Đang xem \d+\/\d+ mục$/).waitFor();
      const errors = await items.count();
      expect(errors).toBeGreaterThan(0);
      expect(errors).toBeLessThan(all);
      for (const text of await items.allTextContents()) expect(text.startsWith('Lỗi')).toBe(true);
      await severity.selectOption('all');
      await checkSection.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Trường Mầm non Tường Đa' });
      const mine = await items.allTextContents();
      expect(mine.length).toBeGreaterThan(0);
      for (const text of mine) expect(text).toContain('Trường Mầm non Tường Đa');
      await checkSection.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `pane-${width}-filters.png`), fullPage: true });
      expect(await overflow()).toBeLessThanOrEqual(0);
      await checkSection.getByLabel('Đơn vị', { exact: true }).selectOption('*');
    }
    // Every list open at 320 px (proposals by verdict with their reasons, tiers): still no sideways scroll.
    await page.setViewportSize({ width: 320, height: 900 });
    for (const summary of await scoreSection.locator('details > summary').all()) await summary.click();
    expect(await scoreSection.locator('details[open]').count()).toBe(4);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const summary of await scoreSection.locator('details > summary').all()) await summary.click();
  }, 120000);

  it('is readable at 800 px too', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: join(artifacts, 'pane-800.png'), fullPage: true });
    // Nothing wider than the pane at 320 px: no horizontal scrolling.
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  // issue 4: returned unit files imported into another master, one question answered in the pane.
  it('imports three returned files at once, asks which unit a stranger file is for, and writes the consolidated sheet, the log and the copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-pane-import-'));
    const now = new Date('2024-12-31T08:00:00Z');
    const sampleWb = new ExcelJS.Workbook();
    await sampleWb.xlsx.readFile(sample);
    const direct = runScoring(snapshotWorkbook(sampleWb), { now });
    const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
    for (const ws of [...sampleWb.worksheets]) if (unitSheets.has(ws.name)) sampleWb.removeWorksheet(ws.id);
    const master = join(dir, 'chinh.xlsx');
    await sampleWb.xlsx.writeFile(master);
    const made = makeTemplatesFromSnapshot(snapshotWorkbook(sampleWb));
    const results = new Map((direct.input?.results ?? []).map((r) => [r.unitCode, r.entries]));
    const files: string[] = [];
    for (const [i, tpl] of made.templates.slice(0, 2).entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeSheetsToBuffer(tpl.sheets, { now })).slice().buffer);
      const ws = wb.worksheets.find((w) => w.state === 'visible');
      if (ws) fillTemplate(ws, results.get(made.units[i]?.code ?? '') ?? []);
      files.push(join(dir, tpl.fileName));
      await wb.xlsx.writeFile(join(dir, tpl.fileName));
    }
    const header = ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Kết quả thực hiện', 'Điểm tự chấm'].map((v) => ({ value: v }));
    const rows = [[{ value: 'Đơn vị:' }, { value: 'Trường ghi tên tắt' }], [], header, ['1.1', 'x', 5, null, 4].map((v) => ({ value: v }))];
    const stranger = join(dir, 'khong-ro.xlsx');
    writeFileSync(stranger, await writeSheetsToBuffer([{ name: 'Kết quả', role: 'input', visibility: 'visible', rows, columnWidths: [], merges: [] }], { now }));
    files.push(stranger);
    const answer = made.units[5];
    if (!answer) throw new Error('units');

    await page.locator('#xlsx-file').setInputFiles(master);
    await page.getByText('Đã mở: chinh.xlsx').waitFor();
    await page.locator('#import-files').setInputFiles(files);
    await page.getByText('Nhập 3 tệp: 2 đã nhập, 0 nhập một phần, 1 chờ xác nhận, 0 không nhập.').waitFor();
    const item = page.locator('section[aria-labelledby="step-import-title"] li').filter({ hasText: 'khong-ro.xlsx' });
    expect(await item.textContent()).toContain('Không xác định được đơn vị: Trường ghi tên tắt');
    await page.getByText(/1 tệp còn chờ xác nhận/).waitFor();

    // The question is reached with Tab from the button before it, and answered there.
    const select = item.getByLabel('Tệp này của đơn vị nào?');
    await page.getByRole('button', { name: 'Chọn tệp đơn vị gửi về …' }).focus();
    for (let i = 0; i < 20 && !(await select.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await select.evaluate((e) => e === document.activeElement)).toBe(true);
    await select.selectOption(answer.code);
    await page.getByText('Nhập 3 tệp: 3 đã nhập, 0 nhập một phần, 0 chờ xác nhận, 0 không nhập.').waitFor();
    expect(await item.textContent()).toContain('Đơn vị do cán bộ chỉ định');
    // The answer stays on screen, to be changed or taken back.
    expect(await select.inputValue()).toBe(answer.code);
    await page.screenshot({ path: join(artifacts, 'pane-320-import.png'), fullPage: true });
    // Long file names and reasons wrap: nothing wider than the 320 px pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Nhập vào bảng tính' }).click();
    await page.getByText(/Đã ghi 3 sheet bản gốc\. Hãy kiểm tra sheet «Tổng hợp nhập»/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tính đã nhập' }).click()]);
    expect(download.suggestedFilename()).toBe('chinh - da nhap.xlsx');
    const saved = join(artifacts, 'pane-import.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.getWorksheet('Tổng hợp nhập')?.rowCount).toBe(3 + 3);
    expect(wb.getWorksheet('Nhật ký nhập')?.rowCount).toBe(3 + 3);
    expect(wb.worksheets.filter((w) => w.name.startsWith('Gốc ')).map((w) => w.name)).toHaveLength(3);
    const scored = runScoring(snapshotWorkbook(wb), { now });
    expect(scored.input?.results.map((r) => r.unitCode).sort()).toEqual([made.units[0]?.code, made.units[1]?.code, answer.code].sort());
  }, 120000);

  it('fetched nothing outside 127.0.0.1 and threw no page errors', () => {
    expect(offsite).toEqual([]);
    expect(officeServed).toEqual([officeJsUrl]);
    expect(pageErrors).toEqual([]);
  });

  it('ran the whole path under its Content-Security-Policy without one violation, and the policy is enforced', async () => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(cspConsole).toEqual([]);
    // The policy is live: an injected inline script (what an HTML injection would need) does not run, and is reported.
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(script);
      await new Promise((ok) => setTimeout(ok, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    const after = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(after.some((v) => v.startsWith('script-src'))).toBe(true);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(policy).not.toContain('unsafe-eval');
  });
});
