import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '@sehatkit/sandbox';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../e2e/support/browser';
import { startWordPress, type WordPressSite, wordpressUnavailable } from './wordpress-site';

const cdn = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/elements/cdn');
const unavailable = wordpressUnavailable();
if (unavailable) console.warn(`examples/wordpress-plugin: skipped, ${unavailable}.`);

const POSTS = {
  shortcodes:
    '[sehat_booking service="umum" practitioner="dr-ayu" time_zone="Asia/Jakarta" lock_time_zone="yes"]\n\n[sehat_consult_hours]',
  block: '<!-- wp:sehatkit/widget {"widget":"consult-hours","heading":"Dokter jaga hari ini"} /-->',
  hostile:
    '[sehat_booking service=\'x" onmouseover="alert(1)\' practitioner="dr-ayu" heading=\'Jadwal "pagi" & <b>sore</b>\' time_zone="Mars/Olympus"]',
  video: '[sehat_video_room]',
  staff: '[sehat_bpjs_verify kind="card"]',
  plain: 'Jam buka: Senin sampai Sabtu.',
};

/**
 * The plugin in a real WordPress (Debian's `wordpress` package, PHP, MariaDB), pages rendered by WordPress
 * and driven in Chromium. The elements' CDN URL is answered from the local `cdn/` build; the server handler
 * is this test's sandbox. Skipped, with the reason printed, where those packages are not installed.
 */
describe.skipIf(unavailable !== undefined)('examples/wordpress-plugin in WordPress', () => {
  let sandbox: Sandbox;
  let wp: WordPressSite;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const page$ = (name: keyof typeof POSTS) => `${wp.url}/?page_id=${wp.pages[name]}`;
  const html = async (name: keyof typeof POSTS) => (await fetch(page$(name))).text();

  beforeAll(async () => {
    sandbox = await startSandbox({ cors: { origin: '*' }, demoSite: false });
    // An Indonesian clinic: the widgets speak Bahasa Indonesia although WordPress itself is in English.
    wp = await startWordPress({
      settings: { sehatkit_endpoint: sandbox.urls.api as string, sehatkit_lang: 'id' },
      posts: POSTS,
    });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('https://cdn.jsdelivr.net/npm/@sehatkit/elements@*/cdn/**', (route) =>
      route.fulfill({
        body: readFileSync(path.join(cdn, new URL(route.request().url()).pathname.replace(/^.*\/cdn\//, ''))),
        headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await wp?.close();
    await sandbox?.close();
  });

  it('prints the elements as one module script, through the Script Modules API or the classic fallback', async () => {
    const markup = await html('shortcodes');
    const tags = markup.match(/<script[^>]*cdn\.jsdelivr\.net\/npm\/@sehatkit\/elements[^>]*>/g) ?? [];
    expect(tags).toHaveLength(1);
    expect(tags[0]).toContain('type="module"');
    const [major = 0, minor = 0] = wp.version.split('.').map(Number);
    // WordPress 6.5 added wp_register_script_module(); Debian bookworm ships 6.1, which takes the fallback.
    if (major > 6 || (major === 6 && minor >= 5))
      expect(tags[0]).toContain('id="@sehatkit/elements-js-module"');
    else expect(tags[0]).toContain("id='sehatkit-elements-js'");
    expect(await html('plain')).not.toContain('@sehatkit/elements');
  });

  it('books through the [sehat_booking] shortcode against the server handler', async () => {
    await page.goto(page$('shortcodes'));
    const booking = page.locator('sehat-booking');
    const slot = booking.locator('[part="slot"]').first();
    await slot.waitFor({ timeout: 15_000 });
    await slot.click();
    await booking.locator('#name').fill('Rina Marlina');
    await booking.locator('#birthDate').fill('1993-07-01');
    await booking.locator('#phone').fill('081311112222');
    await booking.locator('#email').fill('rina.wordpress@example.test');
    await booking.locator('#consent').check();
    await booking.locator('[part="submit"]').click();
    await expect
      .poll(() => booking.locator('#done').textContent(), { timeout: 15_000 })
      .toBe('Janji temu dikonfirmasi');
    await sandbox.mailbox.waitFor((m) => m.to.includes('rina.wordpress@example.test'), 15_000);
    await expect
      .poll(() => page.locator('sehat-consult-hours [part="practitioner"]').count())
      .toBeGreaterThan(0);
  });

  it('renders the dynamic block on the server with its attributes', async () => {
    expect(await html('block')).toMatch(
      /<div class="wp-block-sehatkit-widget"><sehat-consult-hours [^>]*heading="Dokter jaga hari ini"/,
    );
    await page.goto(page$('block'));
    await expect
      .poll(() => page.locator('sehat-consult-hours [part="heading"]').textContent())
      .toBe('Dokter jaga hari ini');
  });

  it('escapes every attribute and drops the ones that fail their checks', async () => {
    const markup = await html('hostile');
    const tag = markup.match(/<sehat-booking[^>]*>/)?.[0] ?? '';
    expect(tag).toContain('heading="Jadwal &quot;pagi&quot; &amp; sore"');
    expect(tag).toContain('practitioner="dr-ayu"');
    expect(tag).not.toContain('onmouseover');
    expect(tag).not.toContain('service=');
    expect(tag).not.toContain('Mars/Olympus');
    await page.goto(page$('hostile'));
    await page.locator('sehat-booking').hover();
    expect(await page.locator('sehat-booking [part="heading"]').textContent()).toBe('Jadwal "pagi" & sore');
    expect(dialogs).toEqual([]);
  });

  it('opens the video room from the link of a booking email, and explains when the link is missing', async () => {
    expect(await html('video')).toContain('Buka halaman ini dari tautan di email janji temu Anda.');
    const withToken = await (await fetch(`${page$('video')}&token=abc.def-ghi_123`)).text();
    expect(withToken).toMatch(/<sehat-video-room [^>]*token="abc\.def-ghi_123"/);
    const injected = await (
      await fetch(`${page$('video')}&token=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`)
    ).text();
    expect(injected).not.toContain('<script>alert(1)');
    expect(injected).not.toContain('<sehat-video-room');
  });

  it('shows BPJS verification to clinic staff only', async () => {
    const anonymous = await html('staff');
    expect(anonymous).toContain('Hanya untuk staf klinik.');
    expect(anonymous).not.toContain('<sehat-bpjs-verify');
  });
});
