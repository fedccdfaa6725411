import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, events, launchChromium, newParticipant, remoteFrame, waitForEvent } from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

/**
 * Two Chromium contexts in one consultation through the real PeerServer, inside the loopback-only network
 * namespace the test runner provides. The tests run in order on one call, as a consultation does.
 */
describe('a video consultation between two browsers', () => {
  let stack: VideoStack;
  let browser: Browser;
  let hostContext: BrowserContext;
  let patientContext: BrowserContext;
  let host: Page;
  let patient: Page;
  let patientToken: string;
  let patientId: string;
  let hostId: string;

  beforeAll(async () => {
    stack = await startVideoStack();
    browser = await launchChromium();
    hostContext = await newParticipant(browser);
    patientContext = await newParticipant(browser);
    const roomId = await stack.room({ kind: 'adhoc', title: 'Konsultasi cepat' });
    const hostToken = await stack.token({ roomId, role: 'host', displayName: 'dr. Ani' });
    patientToken = await stack.token({ roomId, role: 'patient', displayName: 'Budi' });
    host = await hostContext.newPage();
    patient = await patientContext.newPage();
    await host.goto(stack.page(hostToken, { staff: true }));
    await patient.goto(stack.page(patientToken));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it("lets the host admit the patient, and both decode the other side's video", async () => {
    await click(host, '[part="join-button"]');
    await click(patient, '[part="join-button"]');
    const knock = await waitForEvent(host, 'sehat-knock');
    expect(knock.detail).toMatchObject({ displayName: 'Budi', role: 'patient', arrival: 'walk_in' });
    patientId = knock.detail['participantId'] as string;
    await expect
      .poll(() => patient.locator('sehat-video-room').locator('[part="waiting"]').textContent())
      .toMatch(/Antrean Anda|Anda berikutnya/);

    await click(host, `[part="waiting-list"] li[data-participant="${patientId}"] button.primary`);
    await waitForEvent(patient, 'sehat-admitted', (d) => d['self'] === true);
    const [onHost, onPatient] = await Promise.all([remoteFrame(host, patientId), remoteFrame(patient)]);
    expect(onHost.width).toBeGreaterThan(0);
    expect(onPatient.width).toBeGreaterThan(0);
    const joined = await waitForEvent(patient, 'sehat-joined', (d) => d['self'] === false);
    hostId = joined.detail['participantId'] as string;
    // The consultation timer runs from when both were first in the call.
    await expect
      .poll(() => patient.locator('sehat-video-room').locator('[part="timer"] time').textContent())
      .toMatch(/^\d\d:\d\d$/);
  });

  it('carries chat both ways', async () => {
    await click(patient, 'button:has-text("Obrolan")');
    await click(host, 'button:has-text("Obrolan")');
    const patientChat = patient.locator('sehat-video-room').locator('[part="chat"]');
    await patientChat.locator('input[name="text"]').fill('Dok, saya demam sejak kemarin');
    await patientChat.locator('button[type="submit"]').click();
    const hostChat = host.locator('sehat-video-room').locator('[part="chat"]');
    await expect.poll(() => hostChat.textContent()).toContain('Dok, saya demam sejak kemarin');
    await hostChat.locator('input[name="text"]').fill('Baik, sudah minum parasetamol?');
    await hostChat.locator('button[type="submit"]').click();
    await expect.poll(() => patientChat.textContent()).toContain('Baik, sudah minum parasetamol?');
  });

  it('delivers a shared file with the same SHA-256', async () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(200_000, 7),
      Buffer.from('\n%%EOF\n'),
    ]);
    const expected = createHash('sha256').update(pdf).digest('hex');
    await patient.locator('sehat-video-room').locator('button:has-text("Berkas")').click();
    await patient
      .locator('sehat-video-room')
      .locator('[part="files"] input[type="file"]')
      .setInputFiles({ name: 'hasil-lab.pdf', mimeType: 'application/pdf', buffer: pdf });
    const received = await waitForEvent(host, 'sehat-file-received');
    const file = received.detail['file'] as { url: string; name: string; sha256: string };
    expect(file.name).toBe('hasil-lab.pdf');
    const digest = await host.evaluate(async (url) => {
      const bytes = await (await fetch(url)).arrayBuffer();
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
    }, file.url);
    expect(digest).toBe(expected);
    expect(file.sha256).toBe(expected);
  });

  it('refuses a file type outside the allow-list before sending it', async () => {
    await patient
      .locator('sehat-video-room')
      .locator('[part="files"] input[type="file"]')
      .setInputFiles({
        name: 'setup.exe',
        mimeType: 'application/x-msdownload',
        buffer: Buffer.from('MZ....'),
      });
    const error = await waitForEvent(patient, 'sehat-video-error', (d) => d['code'] === 'file_refused');
    expect(error.detail['reason']).toBe('type_not_allowed');
  });

  it('shows the other side when the patient mutes', async () => {
    await patient.evaluate(() => document.querySelector('sehat-video-room')?.toggleMicrophone(false));
    const seen = await waitForEvent(
      host,
      'sehat-media-toggle',
      (d) => d['kind'] === 'microphone' && d['self'] === false,
    );
    expect(seen.detail).toMatchObject({ participantId: patientId, enabled: false });
    await expect
      .poll(() =>
        host
          .locator('sehat-video-room')
          .locator(`[part="remote"][data-participant="${patientId}"]`)
          .getAttribute('data-microphone'),
      )
      .toBe('off');
    await patient.evaluate(() => document.querySelector('sehat-video-room')?.toggleMicrophone(true));
    await expect
      .poll(() =>
        host
          .locator('sehat-video-room')
          .locator(`[part="remote"][data-participant="${patientId}"]`)
          .getAttribute('data-microphone'),
      )
      .toBe('on');
  });

  it('swaps the camera track for the screen when the host shares', async () => {
    const before = await remoteFrame(patient, hostId);
    const senderBefore = await host.evaluate(() => {
      const room = document.querySelector('sehat-video-room');
      return room?.controller.state.local?.stream.getVideoTracks()[0]?.label;
    });
    await host.evaluate(() => document.querySelector('sehat-video-room')?.toggleScreenshare(true));
    await waitForEvent(patient, 'sehat-media-toggle', (d) => d['kind'] === 'screen' && d['enabled'] === true);
    const senderAfter = await host.evaluate(
      () =>
        document.querySelector('sehat-video-room')?.controller.state.local?.stream.getVideoTracks()[0]?.label,
    );
    expect(senderAfter).not.toBe(senderBefore);
    // The fake camera sends 4:3; the captured screen is 16:9. The receiver's frames change shape.
    await expect
      .poll(
        async () => {
          const frame = await remoteFrame(patient, hostId);
          return Math.round((frame.width / frame.height) * 100) / 100;
        },
        { timeout: 15_000 },
      )
      .toBeCloseTo(16 / 9, 1);
    expect(Math.round((before.width / before.height) * 100) / 100).toBeCloseTo(4 / 3, 1);
    await host.evaluate(() => document.querySelector('sehat-video-room')?.toggleScreenshare(false));
    await waitForEvent(
      patient,
      'sehat-media-toggle',
      (d) => d['kind'] === 'screen' && d['enabled'] === false,
    );
  });

  it('gives a refreshed patient page its seat back and the call resumes on both sides', async () => {
    const joinedBefore = (await events(host, 'sehat-joined')).length;
    await patient.reload();
    await click(patient, '[part="join-button"]');
    // No knock and no admission this time: the seat was kept, and the host sees the new page's video.
    const onPatient = await remoteFrame(patient, hostId, 30_000);
    await waitForEvent(host, 'sehat-joined', () => true, 30_000);
    await expect
      .poll(async () => (await events(host, 'sehat-joined')).length, { timeout: 30_000 })
      .toBeGreaterThan(joinedBefore);
    const onHost = await remoteFrame(host, patientId, 30_000);
    expect(onPatient.width).toBeGreaterThan(0);
    expect(onHost.width).toBeGreaterThan(0);
    expect(await events(patient, 'sehat-admitted')).toEqual([]);
    expect((await events(host, 'sehat-knock')).length).toBe(1);
  });

  it('ends the call on both sides when the patient leaves', async () => {
    await patient.evaluate(() => document.querySelector('sehat-video-room')?.leave());
    await waitForEvent(host, 'sehat-left', (d) => d['participantId'] === patientId && d['reason'] === 'left');
    await expect.poll(() => host.locator('sehat-video-room').locator('[part="remote"]').count()).toBe(0);
    await expect.poll(() => patient.locator('sehat-video-room').locator('[part="outcome"]').count()).toBe(1);
    expect(await patient.locator('sehat-video-room').locator('video[part="remote-video"]').count()).toBe(0);
  });
});
