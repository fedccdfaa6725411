import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { click, waitForEvent } from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

/**
 * The device check with real browser refusals rather than fakes of them: one Chromium has fake devices
 * but nobody grants the permission; the other grants everything but has no device at all.
 */
describe('explanations when the camera or microphone cannot be used', () => {
  let stack: VideoStack;
  const browsers: Browser[] = [];
  const launch = async (extra: string[]) => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...chromiumArgs, ...extra],
    });
    browsers.push(browser);
    return browser;
  };

  beforeAll(async () => {
    stack = await startVideoStack();
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await stack?.close();
  });

  async function open(browser: Browser) {
    const roomId = await stack.room();
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.goto(stack.page(await stack.token({ roomId, role: 'patient', displayName: 'Budi' })));
    return page;
  }

  const problems = (page: Awaited<ReturnType<typeof open>>) =>
    page.locator('sehat-video-room').locator('[part="device-problem"]').allTextContents();

  it('says how to allow the camera and microphone when permission is refused', async () => {
    const page = await open(
      await launch(['--use-fake-device-for-media-stream', '--deny-permission-prompts']),
    );
    const error = await waitForEvent(page, 'sehat-video-error');
    expect(error.detail['code']).toBe('permission_denied');
    await expect.poll(() => problems(page)).toHaveLength(2);
    expect((await problems(page)).join(' ')).toContain('ikon gembok');
  });

  it('says that no camera or microphone exists, and still lets the patient wait', async () => {
    const page = await open(await launch(['--use-fake-ui-for-media-stream']));
    const error = await waitForEvent(page, 'sehat-video-error');
    expect(error.detail['code']).toBe('no_device');
    await expect.poll(() => problems(page)).toHaveLength(2);
    expect((await problems(page)).join(' ')).toContain('Tidak ada kamera');
    await click(page, '[part="join-button"]');
    await expect.poll(() => page.locator('sehat-video-room').locator('[part="waiting"]').count()).toBe(1);
  });
});
