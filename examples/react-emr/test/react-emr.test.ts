import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../e2e/support/browser';
// @ts-expect-error: a plain ESM build script without declarations.
import { build } from '../build.mjs';
import { type EmrServer, startEmrServer } from '../src/server/emr-server';

/**
 * The React EMR built with esbuild (against @sehatkit/elements' npm build, as an app outside this repository
 * would), served with its backend, which mounts the server handler, and driven in Chromium.
 */
describe('examples/react-emr', () => {
  let server: EmrServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await build();
    server = await startEmrServer();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.locator('select').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('verifies BPJS membership through the React wrapper and reads the typed event', async () => {
    const verify = page.locator('sehat-bpjs-verify');
    await verify.locator('input').fill('0001880000011');
    await verify.locator('[part="button"]').click();
    await expect
      .poll(() => page.locator('#member-result').textContent())
      .toBe('ARDIANTO PUTRA: active, KELAS III');
  });

  it('passes the patient as a prop: the badge and the alerts find the penicillin allergy', async () => {
    const search = page.locator('sehat-drug-search input');
    await search.fill('amoxsan');
    await expect.poll(() => page.locator('sehat-drug-search [part="option"]').count()).toBeGreaterThan(0);
    await search.press('ArrowDown');
    await search.press('Enter');
    const badge = page.locator('tr[data-line] sehat-drug-badge');
    await expect.poll(() => badge.evaluate((el) => el.matches(':state(interruptive)'))).toBe(true);
    const alerts = page.locator('sehat-drug-alerts');
    await expect.poll(() => alerts.locator('[part="issue"]').first().textContent()).toContain('Amoxicillin');
  });

  it('signs only once every finding has a reason, then the EMR stores the prescription', async () => {
    await page.locator('button.sign').click();
    await expect.poll(() => page.locator('#emr-status').textContent()).toContain('Not signed');
    expect(server.prescriptions).toHaveLength(0);

    await page.locator('sehat-drug-alerts [part="reason"]').first().selectOption('previously-tolerated');
    await page.locator('button.sign').click();
    await expect.poll(() => page.locator('#emr-status').textContent()).toBe('Signed and saved as RX-0001.');
    expect(server.prescriptions[0]).toMatchObject({ patientId: 'P-1001', lines: [{ id: 'line-1' }] });
  });

  it('refuses the staff routes to a browser without the EMR session', async () => {
    const response = await fetch(`${server.url}/api/sehat/bpjs/members/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardNumber: '0001880000011' }),
    });
    expect(response.status).toBe(403);
  });
});
