/**
 * The offline app: dist/thi-dua.html opened from file:// in Chromium with every network request
 * refused (and the browser offline). It must not load office.js nor wait for it, and it takes the
 * sample through check, score, write and download. Needs dist/ (`npm run build`) and /usr/bin/chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const offlineApp = join(root, 'dist/thi-dua.html');
const artifacts = join(root, 'test-artifacts');
const sample = join(root, 'samples/mau-pgd-chau-thanh-2024.xlsx');
const executablePath = '/usr/bin/chromium';
const skip = process.env.THIDUA_SKIP_BROWSER === '1';
const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the offline app from file://, no network', () => {
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  const pageErrors: string[] = [];
  const violations: string[] = [];
  let readyAfterMs = 0;

  beforeAll(async () => {
    if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (or set THIDUA_SKIP_BROWSER=1 to skip this test).`);
    if (!existsSync(offlineApp)) throw new Error('dist/thi-dua.html is missing: run `npm run build` first.');
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ acceptDownloads: true, offline: true, viewport: { width: 360, height: 900 }, locale: 'vi-VN' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
      else {
        refused.push(url);
        await route.abort('internetdisconnected');
      }
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(pathToFileURL(offlineApp).href);
    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    // Measured in the page from the moment its scripts had run (DOMContentLoaded), so a busy machine that
    // loads the bundle slowly does not count: only a wait of the app's own (office.js's 3 s) would.
    readyAfterMs = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const ready = performance.getEntriesByName('thidua-ready')[0]?.startTime ?? performance.now();
      return ready - (nav?.domContentLoadedEventEnd ?? 0);
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is ready at once: office.js is neither loaded nor waited for', async () => {
    // The pane waits up to 3 s for office.js in a browser; from a file it must not wait at all.
    expect(readyAfterMs).toBeLessThan(2500);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    expect(await page.locator('script[src*="office.js"]').count()).toBe(0);
  });

  it('checks, scores, writes and downloads the sample', async () => {
    await page.locator('#xlsx-file').setInputFiles(sample);
    await page.getByText('Đã mở: mau-pgd-chau-thanh-2024.xlsx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.locator('#step-check-title').locator('..').getByRole('status').waitFor();
    await page.getByRole('button', { name: 'Chấm điểm', exact: true }).click();
    const scoreSection = page.locator('section[aria-labelledby="step-score-title"]');
    await scoreSection.locator('table').first().waitFor();
    expect(await scoreSection.locator('tbody tr').count()).toBe(30);
    await page.getByRole('button', { name: 'Ghi bảng tổng hợp', exact: true }).click();
    // The lossless write of the whole package: generous on a machine busy with the other test worker.
    await page.getByText(/^Đã ghi: Tổng hợp/).waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả về' }).click()]);
    expect(download.suggestedFilename()).toBe('mau-pgd-chau-thanh-2024 - kết quả.xlsx');
    const saved = join(artifacts, 'offline-download.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
    expect(wb.getWorksheet('Kiểm tra')).toBeDefined();
    await page.screenshot({ path: join(artifacts, 'offline-360.png'), fullPage: true });
  }, 120000);

  it('asked the network for nothing and ran without a page error or a policy violation', () => {
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(violations).toEqual([]);
  });
});
