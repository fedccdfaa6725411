import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, launchChromium, newParticipant, remoteFrame, waitForEvent } from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

/**
 * A call forced through TURN: coturn runs on loopback with the generated configuration (started and killed
 * by the stack), the server hands out time-limited credentials and `iceTransportPolicy: 'relay'`.
 */
describe.skipIf(!existsSync('/usr/bin/turnserver'))('a call relayed through coturn', () => {
  let stack: VideoStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startVideoStack({ relayOnly: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('connects with relay candidates only', async () => {
    const roomId = await stack.room();
    const host = await (await newParticipant(browser)).newPage();
    const patient = await (await newParticipant(browser)).newPage();
    await host.goto(
      stack.page(await stack.token({ roomId, role: 'host', displayName: 'dr. Ani' }), { staff: true }),
    );
    await patient.goto(stack.page(await stack.token({ roomId, role: 'patient', displayName: 'Budi' })));
    await click(host, '[part="join-button"]');
    await click(patient, '[part="join-button"]');
    const knock = await waitForEvent(host, 'sehat-knock');
    await host.evaluate(
      (id) => document.querySelector('sehat-video-room')?.admit(id),
      knock.detail['participantId'] as string,
    );
    const [onHost, onPatient] = await Promise.all([
      remoteFrame(host, undefined, 40_000),
      remoteFrame(patient, undefined, 40_000),
    ]);
    expect(onHost.width).toBeGreaterThan(0);
    expect(onPatient.width).toBeGreaterThan(0);
    const stats = await host.evaluate(() => document.querySelector('sehat-video-room')?.connectionStats());
    const pairs = Object.values(stats ?? {});
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ localCandidate: 'relay', remoteCandidate: 'relay' });

    // The host ends the consultation for everyone; the patient's page hears it and can move on (payment).
    await host.evaluate(() => document.querySelector('sehat-video-room')?.end());
    const ended = await waitForEvent(patient, 'sehat-consultation-ended');
    expect(ended.detail).toMatchObject({ endedBy: 'dr. Ani' });
    expect(ended.detail['durationSeconds']).toBeGreaterThanOrEqual(0);
    await expect
      .poll(() => patient.locator('sehat-video-room').locator('[part="outcome"]').textContent())
      .toContain('Konsultasi selesai');
  });
});
