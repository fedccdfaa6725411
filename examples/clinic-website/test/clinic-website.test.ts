import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '@sehatkit/sandbox';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../e2e/support/browser';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(here, '..');
const cdn = path.resolve(here, '../../../packages/elements/cdn');

/** Serves the example folder exactly as it is: two static files, no build. */
function serveStatic(): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1);
    if (!['index.html', 'style.css'].includes(name)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(name)] as string });
    res.end(readFileSync(path.join(site, name)));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

/**
 * `examples/clinic-website` served as static files and driven in Chromium. The page names the public CDN
 * and `npm start`'s server handler on port 4701; offline, the CDN requests are answered from the local
 * `cdn/` build and the handler requests go to this test's sandbox. The page itself is not changed.
 */
describe('examples/clinic-website', () => {
  let sandbox: Sandbox;
  let web: { url: string; server: Server };
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ cors: { origin: '*' }, demoSite: false });
    web = await serveStatic();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await page.route('https://cdn.jsdelivr.net/npm/@sehatkit/elements@*/cdn/**', (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^.*\/cdn\//, '');
      scripts.push(file);
      return route.fulfill({
        body: readFileSync(path.join(cdn, file)),
        headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
      });
    });
    await page.route('http://127.0.0.1:4701/**', async (route) => {
      const target = route
        .request()
        .url()
        .replace('http://127.0.0.1:4701', sandbox.urls.api as string);
      return route.fulfill({ response: await route.fetch({ url: target }) });
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(web.url);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => web?.server.close(resolve));
    await sandbox?.close();
  });

  it('books through the first widget and the confirmation email arrives', async () => {
    const booking = page.locator('sehat-booking').first();
    await booking.locator('#service').selectOption('umum');
    const slot = booking.locator('[part="slot"]').first();
    await slot.waitFor({ timeout: 15_000 });
    await slot.click();
    await booking.locator('#name').fill('Dewi Lestari');
    await booking.locator('#birthDate').fill('1985-02-20');
    await booking.locator('#phone').fill('081298765432');
    await booking.locator('#email').fill('dewi.website@example.test');
    await booking.locator('#consent').check();
    await booking.locator('[part="submit"]').click();
    await expect
      .poll(() => booking.locator('#done').textContent(), { timeout: 15_000 })
      .toBe('Janji temu dikonfirmasi');
    const email = await sandbox.mailbox.waitFor((m) => m.to.includes('dewi.website@example.test'), 15_000);
    expect(email.calendar?.method).toBe('REQUEST');
  });

  it('keeps the second, preset widget on its own service and practitioner', async () => {
    const second = page.locator('sehat-booking').nth(1);
    expect(await second.locator('[part="heading"]').textContent()).toContain('Janji dengan dokter anak');
    // Preset by attributes: no service or practitioner picker, and its own slots.
    expect(await second.locator('#service').count()).toBe(0);
    await expect.poll(() => second.locator('[part="slot"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('sehat-booking').first().locator('#done').count()).toBe(1);
  });

  it('lists who takes a video consultation now', async () => {
    const hours = page.locator('sehat-consult-hours');
    await expect
      .poll(() => hours.locator('[part="practitioner"]').first().textContent())
      .toContain('dr. Made Wirawan');
    expect(await hours.locator('[part="join"]').first().getAttribute('href')).toMatch(/\/tunggu\/dr-made$/);
  });

  it('loads from one script, only the elements on the page, under a strict CSP', async () => {
    expect(scripts[0]).toBe('sehatkit.js');
    expect(scripts.some((s) => s.includes('booking'))).toBe(true);
    expect(scripts.some((s) => s.includes('video-room') || s.includes('drug-badge'))).toBe(false);
    expect(violations).toEqual([]);
  });
});
