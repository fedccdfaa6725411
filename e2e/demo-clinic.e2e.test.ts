import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Sandbox, startSandbox } from '@sehatkit/sandbox';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAssets } from '../packages/sandbox/src/demo/build-assets';
import { launchChromium, newParticipant, remoteFrame } from './support/browser';

/**
 * The demo clinic behind `npm start`, walked in Chromium as a visitor would: the front desk registers a
 * patient with a BPJS check, the doctor prescribes, sees a warning, signs with a reason and sends the visit
 * to SATUSEHAT and pCare, a patient books on the website and the email arrives, and a two-party video call.
 * The steps share one sandbox and run in order, like a clinic day. Needs the elements' cdn build
 * (`npm run build`, which `npm test` runs first).
 */
describe('the demo clinic', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let staff: BrowserContext;
  let visitor: BrowserContext;
  let desk: Page;
  let demo: string;
  let visitId: string;

  const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

  beforeAll(async () => {
    await buildDemoAssets();
    sandbox = await startSandbox();
    demo = sandbox.urls.demo as string;
    browser = await launchChromium();
    staff = await newParticipant(browser);
    visitor = await newParticipant(browser);
    desk = await staff.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('refuses an incomplete registration field by field, before saving anything', async () => {
    await desk.goto(`${demo}/meja-depan`);
    await desk.locator('#save').click();
    const summary = desk.locator('#error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    await expect.poll(() => desk.locator('#nik').getAttribute('aria-invalid')).toBe('true');
    expect(await desk.locator('#name').getAttribute('aria-invalid')).toBe('true');
    expect(await desk.locator('#nik').evaluate((el) => el.closest('.field')?.textContent)).toContain(
      'Wajib diisi.',
    );
    // Focus goes to the summary, which links to each field.
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await summary.locator('a').count()).toBeGreaterThanOrEqual(6);
  });

  it('registers a new patient with <sehat-bpjs-verify>, a SATUSEHAT lookup and a pCare check-in', async () => {
    await desk.locator('[data-example="penicillin"]').click();
    expect(await desk.locator('#nik').inputValue()).toBe('9271060312000001');
    expect(await desk.locator('#allergy-alg-penicillin').isChecked()).toBe(true);

    const verify = desk.locator('#bpjs-verify');
    await verify.locator('input').fill('0001880000011');
    await verify.locator('[part="button"]').click();
    await expect.poll(() => verify.locator('[part="status-badge"]').textContent()).toMatch(/Aktif/);
    await expect
      .poll(() => desk.locator('#bpjs-outcome').textContent())
      .toContain('Aktif: penjamin diatur ke BPJS.');
    expect(await desk.locator('#card').inputValue()).toBe('0001880000011');
    expect(await desk.locator('#payer-bpjs').isChecked()).toBe(true);

    await desk.locator('#lookup-satusehat').click();
    await expect.poll(() => desk.locator('#satusehat-result').textContent()).toContain('P02478375538');

    await desk.locator('#save').click();
    await expect.poll(() => desk.locator('#saved').textContent()).toMatch(/Tersimpan sebagai RM-\d{6}/);
    await desk.locator('#saved button').click();
    await expect
      .poll(() => desk.locator('#saved').textContent(), { timeout: 10_000 })
      .toMatch(/Ardianto Putra terdaftar di Poli Umum dan pCare, antrean A\d+/);

    // The same NIK cannot be registered twice.
    await desk.locator('[data-example="penicillin"]').click();
    await desk.locator('#save').click();
    await expect.poll(() => desk.locator('#nik').getAttribute('aria-invalid')).toBe('true');
    expect(await desk.locator('#error-summary').textContent()).toMatch(/Sudah terdaftar \(RM-\d{6}\)/);
  });

  it('shows the penicillin warning on amoxicillin and refuses to sign until a reason is given', async () => {
    const doctor = await staff.newPage();
    await doctor.goto(`${demo}/dokter`);
    await doctor.locator('#queue button', { hasText: 'Ardianto Putra' }).click();
    await expect.poll(() => doctor.locator('#patient-facts').textContent()).toContain('Penisilin');

    await doctor.locator('#complaint').fill('Demam dan nyeri tenggorokan sejak 2 hari');
    await doctor.locator('#systolic').fill('118');
    await doctor.locator('#diastolic').fill('76');
    await doctor.locator('#heart-rate').fill('92');
    await doctor.locator('#temperature').fill('38,2');
    await doctor.locator('#respiratory-rate').fill('20');
    await doctor.locator('#diagnosis-code').fill('J06.9');
    await doctor.locator('#diagnosis-display').fill('Acute upper respiratory infection, unspecified');
    await doctor.locator('#add-diagnosis').click();
    await doctor.locator('#procedure').selectOption('89.7');
    await doctor.locator('#add-procedure').click();

    // Prescribed with the keyboard: type, arrow down, Enter.
    const search = doctor.locator('#rx-search input');
    await search.fill('amoxsan');
    await expect.poll(() => doctor.locator('#rx-search [part="option"]').count()).toBeGreaterThan(0);
    await search.press('ArrowDown');
    await search.press('Enter');
    const line = doctor.locator('#rx-lines tr[data-line]');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.first().textContent()).toContain('Amoxicillin');

    // The badge turns to the interruptive tier and its dialog names the recorded allergen.
    const badge = line.first().locator('sehat-drug-badge');
    await expect.poll(() => badge.evaluate((el) => el.matches(':state(interruptive)'))).toBe(true);
    await badge.locator('[part="mark"]').click();
    await expect.poll(() => badge.locator('[part="allergen"]').first().textContent()).toContain('Penisilin');
    await doctor.keyboard.press('Escape');

    const alerts = doctor.locator('#alerts');
    await expect.poll(() => alerts.locator('[part="issue"]').count()).toBeGreaterThan(0);
    expect(await alerts.locator('[part="issue"]').first().textContent()).toContain('Penisilin');

    await doctor.locator('#sign').click();
    await expect
      .poll(() => doctor.locator('#sign-status').textContent())
      .toContain('Belum bisa ditandatangani');
    expect(await doctor.locator('#progress').isHidden()).toBe(true);

    await alerts.locator('[part="reason"]').first().selectOption('allergy-record-inaccurate');
    await doctor.locator('#sign').click();
    await expect.poll(() => doctor.locator('#progress').isVisible()).toBe(true);
    visitId = (await doctor.locator('#visit-id').textContent()) ?? '';
    expect(visitId).toMatch(/^KJ-\d{8}-\d{4}$/);

    // Progress while it goes out, then every step done.
    for (const step of [
      'satusehat-patient',
      'satusehat-bundle',
      'pcare-registration',
      'pcare-visit',
      'pcare-drugs',
    ]) {
      await expect
        .poll(() => doctor.locator(`#steps li[data-step="${step}"]`).getAttribute('data-status'), {
          timeout: 20_000,
        })
        .toBe('done');
    }
    expect(await doctor.locator('#progress-now').textContent()).toContain('Selesai: semua terkirim.');
    expect(await doctor.locator('#report').textContent()).toContain('MedicationRequest');

    // i-Care opens the member's history in a new tab.
    const [icare] = await Promise.all([staff.waitForEvent('page'), doctor.locator('#open-icare').click()]);
    await icare.waitForURL(/\/mobile-faskes\/IHS\/riwayat\?token=/);
    expect(await icare.locator('body').textContent()).toContain('J06.9');
    await icare.close();
    await doctor.close();
  });

  it('put the visit into the simulated SATUSEHAT and pCare, and shows it behind the scenes', async () => {
    const encounters = await json<{
      items: { resource: { identifier?: { value: string }[]; status: string } }[];
    }>(`${sandbox.urls.satusehat}/_sim/resources/Encounter`);
    const encounter = encounters.items.find((r) => r.resource.identifier?.some((i) => i.value === visitId));
    expect(encounter?.resource.status).toBe('finished');
    const conditions = await json<{ items: { resource: { code: { coding: { code: string }[] } } }[] }>(
      `${sandbox.urls.satusehat}/_sim/resources/Condition`,
    );
    expect(conditions.items.map((r) => r.resource.code.coding[0]?.code)).toContain('J06.9');
    const requests = await json<{ items: unknown[] }>(
      `${sandbox.urls.satusehat}/_sim/resources/MedicationRequest`,
    );
    expect(requests.items).toHaveLength(1);
    const arrivals = await json<{ visits: { diagnoses: string[]; drugs: number }[] }>(
      `${sandbox.urls.bpjs}/_sim/arrivals`,
    );
    expect(arrivals.visits).toContainEqual(expect.objectContaining({ diagnoses: ['J06.9'], drugs: 1 }));

    const behind = await staff.newPage();
    await behind.goto(`${demo}/di-balik-layar`);
    await expect.poll(() => behind.locator('#satusehat').textContent()).toContain(visitId);
    await expect.poll(() => behind.locator('#pcare').textContent()).toContain('J06.9');
    // Card numbers are shown masked.
    expect(await behind.locator('#pcare').textContent()).not.toContain('0001880000011');
    await behind.close();
  });

  it('books an appointment on the public website and the confirmation email arrives', async () => {
    const site = await visitor.newPage();
    await site.goto(`${demo}/situs`);
    const booking = site.locator('#booking');
    await booking.locator('#service').selectOption('umum');
    const slot = booking.locator('[part="slot"]').first();
    await slot.waitFor({ timeout: 15_000 });
    await slot.click();
    await booking.locator('#name').fill('Siti Rahayu');
    await booking.locator('#birthDate').fill('1990-04-12');
    await booking.locator('#phone').fill('0812-3456-7890');
    await booking.locator('#email').fill('siti.demo@example.test');
    await booking.locator('#consent').check();
    await booking.locator('[part="submit"]').click();
    await expect
      .poll(() => booking.locator('#done').textContent(), { timeout: 15_000 })
      .toBe('Janji temu dikonfirmasi');
    await expect.poll(() => site.locator('#booking-status').textContent()).toContain('Email konfirmasi');

    const email = await sandbox.mailbox.waitFor((m) => m.to.includes('siti.demo@example.test'), 15_000);
    expect(email.calendar?.method).toBe('REQUEST');
    // The links in the email point to the demo clinic's pages.
    expect(email.text).toContain(`${demo}/janji?token=`);

    const behind = await staff.newPage();
    await behind.goto(`${demo}/di-balik-layar`);
    await expect.poll(() => behind.locator('#mail').textContent()).toContain(email.subject);
    await expect.poll(() => behind.locator('#appointments').textContent()).toContain('Siti Rahayu');
    await behind.close();

    // The manage link in the email opens the demo's appointment page, which cancels it.
    const manage = email.text.match(new RegExp(`${demo}/janji\\?token=[^\\s>]+`))?.[0];
    expect(manage).toBeDefined();
    await site.goto(manage as string);
    await site.locator('#reason').fill('Berhalangan');
    await site.locator('#cancel').click();
    await expect.poll(() => site.locator('#manage-status').textContent()).toContain('Janji temu dibatalkan');
    const cancelled = await sandbox.mailbox.waitFor(
      (m) => m.to.includes('siti.demo@example.test') && m.calendar?.method === 'CANCEL',
      15_000,
    );
    expect(cancelled.calendar?.content).toContain('STATUS:CANCELLED');
    await site.close();
  });

  it("runs a video call between the doctor's room and the patient's link, in two windows", async () => {
    const room = await staff.newPage();
    await room.goto(`${demo}/telekonsultasi`);
    await expect.poll(() => room.locator('#practitioner option').count()).toBeGreaterThan(0);
    await room.locator('#practitioner').selectOption('dr-made');
    await room.locator('#open-room').click();
    const hostRoom = room.locator('sehat-video-room');
    await hostRoom.locator('[part="join-button"]').click();

    await room.locator('#patient-name').fill('Budi Pasien');
    await room.locator('#make-link').click();
    const link = await room.locator('#patient-link-anchor').getAttribute('href');
    expect(link).toMatch(/\/konsultasi#join=/);

    const patient = await visitor.newPage();
    await patient.goto(link as string);
    await patient.locator('sehat-video-room [part="join-button"]').click();
    const waiting = hostRoom.locator('[part="waiting-list"] li', { hasText: 'Budi Pasien' });
    await waiting.waitFor({ timeout: 20_000 });
    await waiting.locator('button.primary').click();

    const [onHost, onPatient] = await Promise.all([remoteFrame(room), remoteFrame(patient)]);
    expect(onHost.width).toBeGreaterThan(0);
    expect(onPatient.width).toBeGreaterThan(0);

    const behind = await staff.newPage();
    await behind.goto(`${demo}/di-balik-layar`);
    await expect.poll(() => behind.locator('#rooms').textContent()).toContain('Budi Pasien');
    await behind.close();
    await patient.close();
    await room.close();
  });

  it('has no serious accessibility violations on any page (axe-core, WCAG 2.1 A and AA)', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // axe is injected as a script, which the demo's CSP (script-src 'self') would rightly refuse.
    const audit = await browser.newContext({ bypassCSP: true });
    const cookies = await staff.cookies();
    await audit.addCookies(cookies);
    const page = await audit.newPage();
    for (const path of ['/', '/meja-depan', '/dokter', '/situs', '/telekonsultasi', '/di-balik-layar']) {
      await page.goto(`${demo}${path}`);
      await page.waitForLoadState('networkidle');
      await page.addScriptTag({ content: axe });
      const { violations, passes } = await page.evaluate(async () => {
        type Result = { id: string; impact: string; nodes: { target: string[] }[] };
        const axeApi = (
          window as unknown as {
            axe: { run(o: object): Promise<{ violations: Result[]; passes: Result[] }> };
          }
        ).axe;
        const result = await axeApi.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return {
          passes: result.passes.length,
          violations: result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        };
      });
      expect(passes, path).toBeGreaterThan(5);
      expect(violations, path).toEqual([]);
    }
    await audit.close();
  });

  it('switches to English, elements included, and keeps the choice for the next page', async () => {
    const page = await staff.newPage();
    await page.goto(`${demo}/meja-depan`);
    await page.locator('#lang-switch').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Front desk');
    await expect.poll(() => page.locator('#bpjs-verify [part="button"]').innerText()).toMatch(/Verify|Check/);
    await page.goto(`${demo}/dokter`);
    expect(await page.locator('h1').innerText()).toBe("Doctor's room");
    await page.locator('#lang-switch').click();
    expect(await page.locator('h1').innerText()).toBe('Ruang dokter');
    await page.close();
  });
});
