import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleEvent,
  click,
  consoleEvents,
  events,
  launchChromium,
  newParticipant,
  remoteFrame,
  waitForEvent,
} from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

/** The participant id of the page's own seat, from the element's controller. */
const selfId = (page: Page) =>
  page.evaluate(() => document.querySelector('sehat-video-room')?.controller.state.view?.you.id ?? '');

/** Runs a host-only method of the page's element and says whether the server let it through. */
const attempt = (page: Page, action: 'admit' | 'end', participantId = '') =>
  page.evaluate(
    ({ action, participantId }) => {
      const room = document.querySelector('sehat-video-room');
      const run = action === 'admit' ? room?.admit(participantId) : room?.end();
      return (run ?? Promise.reject(new Error('no element'))).then(
        () => 'done',
        () => 'refused',
      );
    },
    { action, participantId },
  );

/**
 * A guest (a family member or an interpreter) invited by the host into a running consultation: three
 * Chromium contexts through the real PeerServer, in the loopback-only network namespace. The tests run in
 * order on one call.
 */
describe('a guest in a video consultation', () => {
  let stack: VideoStack;
  let browser: Browser;
  let host: Page;
  let patient: Page;
  let guest: Page;
  let roomId: string;
  let hostId: string;
  let patientId: string;
  let guestId: string;

  beforeAll(async () => {
    stack = await startVideoStack();
    browser = await launchChromium();
    roomId = await stack.room({ kind: 'adhoc', title: 'Konsultasi dengan pendamping' });
    const hostToken = await stack.token({ roomId, role: 'host', displayName: 'dr. Ani' });
    const patientToken = await stack.token({ roomId, role: 'patient', displayName: 'Budi' });
    host = await (await newParticipant(browser)).newPage();
    patient = await (await newParticipant(browser)).newPage();
    guest = await (await newParticipant(browser)).newPage();
    await host.goto(stack.page(hostToken, { staff: true }));
    await patient.goto(stack.page(patientToken));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('starts as a call between the host and the patient', async () => {
    await click(host, '[part="join-button"]');
    await click(patient, '[part="join-button"]');
    const knock = await waitForEvent(host, 'sehat-knock', (d) => d['role'] === 'patient');
    patientId = knock.detail['participantId'] as string;
    await click(host, `[part="waiting-list"] li[data-participant="${patientId}"] button.primary`);
    await waitForEvent(patient, 'sehat-admitted', (d) => d['self'] === true);
    hostId = await selfId(host);
    await Promise.all([remoteFrame(host, patientId), remoteFrame(patient, hostId)]);
  });

  it('lets the host invite a guest, who knocks and waits like a patient', async () => {
    const link = await host.evaluate(() => {
      // An EMR page's address often carries its own session and the patient: none of it is the guest's.
      history.replaceState(null, '', '/?session=staff-secret&patient=RM-0042#notes');
      return document.querySelector('sehat-video-room')?.inviteGuest('Siti (anak)');
    });
    const guestUrl = new URL(link ?? 'http://invalid/');
    const guestToken = guestUrl.searchParams.get('token') ?? '';
    expect(guestToken).not.toBe('');
    expect([...guestUrl.searchParams.keys()]).toEqual(['token']);
    expect(guestUrl.hash).toBe('');
    // The guest's page also carries the clinic's staff login, so only the room role can stop it below.
    await guest.goto(stack.page(guestToken, { staff: true }));
    await click(guest, '[part="join-button"]');
    const knock = await waitForEvent(host, 'sehat-knock', (d) => d['role'] === 'guest');
    expect(knock.detail).toMatchObject({ displayName: 'Siti (anak)', arrival: 'walk_in' });
    guestId = knock.detail['participantId'] as string;
    await expect.poll(() => guest.locator('sehat-video-room').locator('[part="waiting"]').count()).toBe(1);
    expect((await stack.video.service.view(roomId, guestId)).you).toMatchObject({
      role: 'guest',
      state: 'waiting',
    });
  });

  it('does not let a waiting guest admit themselves', async () => {
    expect(await attempt(guest, 'admit', guestId)).toBe('refused');
    const error = (await events(guest, 'sehat-error')).at(-1);
    expect(error?.detail).toMatchObject({ code: 'FORBIDDEN', reason: 'not_host' });
    expect((await stack.video.service.view(roomId, guestId)).you.state).toBe('waiting');
    expect(await guest.locator('sehat-video-room').locator('[part="waiting"]').count()).toBe(1);
  });

  it('puts the admitted guest in the call, and all three decode each other', async () => {
    await click(host, `[part="waiting-list"] li[data-participant="${guestId}"] button.primary`);
    await waitForEvent(guest, 'sehat-admitted', (d) => d['self'] === true);
    // Admissions are for the host and the admitted; the patient learns of the guest when the video arrives.
    await waitForEvent(patient, 'sehat-joined', (d) => d['participantId'] === guestId, 30_000);
    expect(await events(patient, 'sehat-admitted')).toHaveLength(1);
    const frames = await Promise.all([
      remoteFrame(host, patientId, 30_000),
      remoteFrame(host, guestId, 30_000),
      remoteFrame(patient, hostId, 30_000),
      remoteFrame(patient, guestId, 30_000),
      remoteFrame(guest, hostId, 30_000),
      remoteFrame(guest, patientId, 30_000),
    ]);
    for (const frame of frames) expect(frame.width).toBeGreaterThan(0);
    await expect.poll(() => guest.locator('sehat-video-room').locator('[part="remote"]').count()).toBe(2);
  });

  it('refuses a guest in the call who tries to end it, and the call carries on', async () => {
    expect(await attempt(guest, 'end')).toBe('refused');
    const error = (await events(guest, 'sehat-error')).at(-1);
    expect(error?.detail).toMatchObject({ code: 'FORBIDDEN', reason: 'not_host' });
    expect((await stack.video.service.room(roomId)).status).toBe('open');
    expect(await guest.locator('sehat-video-room').locator('[part="controls"] button.danger').count()).toBe(
      1,
    );
    // A chat line goes over the same ordered data channel as any goodbye would have: once it arrives, the
    // others have seen everything the refused attempt sent, and still see the guest connected.
    await click(guest, 'button:has-text("Obrolan")');
    await click(host, 'button:has-text("Obrolan")');
    await click(patient, 'button:has-text("Obrolan")');
    const guestChat = guest.locator('sehat-video-room').locator('[part="chat"]');
    await guestChat.locator('input[name="text"]').fill('Saya anaknya, Dok');
    await guestChat.locator('button[type="submit"]').click();
    for (const page of [host, patient]) {
      await expect
        .poll(() => page.locator('sehat-video-room').locator('[part="chat"]').textContent())
        .toContain('Saya anaknya, Dok');
      expect(
        await page
          .locator('sehat-video-room')
          .locator(`[part="remote"][data-participant="${guestId}"]`)
          .getAttribute('data-link'),
      ).toBe('connected');
    }
    expect(await events(host, 'sehat-consultation-ended')).toEqual([]);
    await remoteFrame(host, guestId);
  });

  it('keeps the host and the patient in the call when the guest leaves', async () => {
    await guest.evaluate(() => document.querySelector('sehat-video-room')?.leave());
    for (const page of [host, patient]) {
      await waitForEvent(page, 'sehat-left', (d) => d['participantId'] === guestId && d['reason'] === 'left');
      await expect.poll(() => page.locator('sehat-video-room').locator('[part="remote"]').count()).toBe(1);
    }
    await Promise.all([remoteFrame(host, patientId), remoteFrame(patient, hostId)]);
  });

  it('lets only the host end the consultation, for everyone', async () => {
    expect(await attempt(host, 'end')).toBe('done');
    await waitForEvent(patient, 'sehat-consultation-ended');
    await expect.poll(() => patient.locator('sehat-video-room').locator('[part="outcome"]').count()).toBe(1);
    expect((await stack.video.service.room(roomId)).status).toBe('ended');
  });
});

/**
 * A guest who opens the link from a messenger: the page never sees a tap before the call starts, and this
 * guest's Chromium enforces the autoplay policy of the in-app browsers (Android WebViews) messengers open
 * links in, `user-gesture-required`, so `play()` of the remote video with sound is really refused. (Desktop
 * Chromium's `document-user-activation-required` lets a page that is capturing camera and microphone play
 * sound, so it refuses nothing here.) Nothing is evaluated in the guest's page until the refusal is seen,
 * because Playwright's evaluate counts as a user gesture.
 */
describe('a guest whose browser holds back autoplay', () => {
  let stack: VideoStack;
  let browser: Browser;
  let strict: Browser;
  let host: Page;
  let guest: Page;
  let guestEvents: ConsoleEvent[];

  beforeAll(async () => {
    stack = await startVideoStack();
    browser = await launchChromium();
    strict = await launchChromium(['--autoplay-policy=user-gesture-required']);
    const roomId = await stack.room({ kind: 'adhoc' });
    const hostToken = await stack.token({ roomId, role: 'host', displayName: 'dr. Ani' });
    const guestToken = await stack.token({ roomId, role: 'guest', displayName: 'Interpreter Wayan' });
    host = await (await newParticipant(browser)).newPage();
    guest = await (await newParticipant(strict)).newPage();
    guestEvents = consoleEvents(guest);
    await host.goto(stack.page(hostToken, { staff: true }));
    await click(host, '[part="join-button"]');
    await guest.goto(stack.page(guestToken, { lang: 'en', untouched: true }));
  });

  afterAll(async () => {
    await strict?.close();
    await browser?.close();
    await stack?.close();
  });

  it('offers a button to start the sound and video, and starts them when it is pressed', async () => {
    // The guest may knock before the host's event stream is up; the waiting list shows them either way.
    const waiting = host.locator('sehat-video-room').locator('[part="waiting-list"] li[data-participant]');
    await expect.poll(() => waiting.count(), { timeout: 30_000 }).toBe(1);
    await waiting.locator('button.primary').click();
    await expect
      .poll(() => guestEvents.find((e) => e.detail['code'] === 'playback_blocked'), { timeout: 30_000 })
      .toBeDefined();
    const blocked = guestEvents.find((e) => e.detail['code'] === 'playback_blocked') as ConsoleEvent;
    expect(blocked).toMatchObject({ type: 'sehat-video-error', userActivated: false });
    expect(blocked.detail['message']).toContain('Tap the button');

    // From here on the page may be inspected: the button stays until it is used.
    const room = guest.locator('sehat-video-room');
    const button = room.locator('[part="play-button"]');
    expect((await button.textContent())?.trim()).toBe('Tap to start the sound/video');
    expect(await room.locator('[part="status"]').textContent()).toContain('holding back');
    const remoteVideo = room.locator('video[part="remote-video"]');
    // The picture plays muted meanwhile (every autoplay policy allows that); the sound waits for the tap.
    expect(await remoteVideo.evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);

    await button.focus();
    await guest.keyboard.press('Enter');
    await expect.poll(() => button.count()).toBe(0);
    expect(
      await remoteVideo.evaluate((v: HTMLVideoElement) => ({ muted: v.muted, paused: v.paused })),
    ).toEqual({ muted: false, paused: false });
    expect(await room.locator('[part="status"]').isHidden()).toBe(true);
    expect((await remoteFrame(guest)).width).toBeGreaterThan(0);
    expect(guestEvents.filter((e) => e.detail['code'] === 'playback_blocked')).toHaveLength(1);
  });

  it('keeps playing across re-renders instead of reloading the stream', async () => {
    const room = guest.locator('sehat-video-room');
    const remoteVideo = room.locator('video[part="remote-video"]');
    // `emptied` fires whenever the video runs its load algorithm again, as assigning `srcObject` makes it do.
    await remoteVideo.evaluate((v: HTMLVideoElement) =>
      v.addEventListener('emptied', () => {
        v.dataset['reloads'] = String(Number(v.dataset['reloads'] ?? 0) + 1);
      }),
    );
    for (let i = 0; i < 4; i++) await click(guest, 'button:has-text("Chat")');
    // Past the tasks in which an `emptied` from those renders would have been fired.
    await guest.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve))));
    expect(await remoteVideo.getAttribute('data-reloads')).toBeNull();
    expect(await remoteVideo.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
  });
});
