import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, events, launchChromium, newParticipant, waitForEvent } from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

/**
 * A patient who is already waiting when the doctor opens the room: the host page learns of the knock from
 * the waiting list it receives on connecting, and announces it once, like a knock that arrives live.
 */
describe('a patient waiting before the host opens the room', () => {
  let stack: VideoStack;
  let browser: Browser;
  let host: Page;
  let patient: Page;
  let roomId: string;

  beforeAll(async () => {
    stack = await startVideoStack();
    browser = await launchChromium();
    roomId = await stack.room({ kind: 'adhoc' });
    const hostToken = await stack.token({ roomId, role: 'host', displayName: 'dr. Ani' });
    const patientToken = await stack.token({ roomId, role: 'patient', displayName: 'Budi' });
    patient = await (await newParticipant(browser)).newPage();
    await patient.goto(stack.page(patientToken));
    host = await (await newParticipant(browser)).newPage();
    await host.goto(stack.page(hostToken, { staff: true }));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('tells the host with one sehat-knock, and the host admits from it', async () => {
    await click(patient, '[part="join-button"]');
    await expect.poll(() => patient.locator('sehat-video-room').locator('[part="waiting"]').count()).toBe(1);
    // The host's page is open but has not joined: its event stream starts only now.
    expect(await events(host, 'sehat-knock')).toHaveLength(0);
    await click(host, '[part="join-button"]');
    const knock = await waitForEvent(host, 'sehat-knock', (d) => d['role'] === 'patient');
    expect(knock.detail).toMatchObject({ displayName: 'Budi', role: 'patient' });
    const patientId = knock.detail['participantId'] as string;
    expect((await stack.video.service.view(roomId, patientId)).you.state).toBe('waiting');
    await click(host, `[part="waiting-list"] li[data-participant="${patientId}"] button.primary`);
    await waitForEvent(patient, 'sehat-admitted', (d) => d['self'] === true);
    // The views that follow (admission, the call starting) announce nobody a second time.
    const knocks = (await events(host, 'sehat-knock')).filter((e) => e.detail['participantId'] === patientId);
    expect(knocks).toHaveLength(1);
  });
});
