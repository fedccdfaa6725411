import { SignJWT } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { click, events, launchChromium, newParticipant, waitForEvent } from './support/browser';
import { startVideoStack, type VideoStack } from './support/video-stack';

const HOUR = 3_600_000;

/** What the element and the PeerServer refuse, seen from a browser. */
describe('refusals in the video room', () => {
  let stack: VideoStack;
  let browser: Browser;
  let context: BrowserContext;
  let roomId: string;

  beforeAll(async () => {
    stack = await startVideoStack();
    browser = await launchChromium();
    roomId = await stack.room({ kind: 'adhoc' });
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function tryToJoin(token: string): Promise<{ page: Page; reason: unknown; text: string }> {
    context = await newParticipant(browser);
    const page = await context.newPage();
    await page.goto(stack.page(token));
    await click(page, '[part="join-button"]');
    const error = await waitForEvent(page, 'sehat-error');
    const text = (await page.locator('sehat-video-room').locator('[part="outcome"]').textContent()) ?? '';
    return { page, reason: error.detail['reason'], text };
  }

  it('refuses to join without a token', async () => {
    const { reason, text } = await tryToJoin('');
    expect(reason).toBe('token_missing');
    expect(text).toContain('tidak valid');
  });

  it('refuses a token signed by someone else', async () => {
    const forged = await new SignJWT({ rid: roomId, role: 'host', name: 'Mallory' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sehatkit')
      .setAudience('sehatkit:teleconsult')
      .setSubject('mallory')
      .setJti('x')
      .setNotBefore('0s')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('guessed-secret-guessed-secret-guessed-secret'));
    expect((await tryToJoin(forged)).reason).toBe('token_invalid');
  });

  it('refuses an expired link and one that is not valid yet', async () => {
    const now = Date.now();
    const expired = await stack.token({
      roomId,
      role: 'patient',
      displayName: 'Budi',
      validFrom: new Date(now - 3 * HOUR).toISOString(),
      validUntil: new Date(now - 2 * HOUR).toISOString(),
    });
    const expiredTry = await tryToJoin(expired);
    expect(expiredTry.reason).toBe('token_expired');
    expect(expiredTry.text).toContain('kedaluwarsa');
    await context.close();
    const early = await stack.token({
      roomId,
      role: 'patient',
      displayName: 'Citra',
      validFrom: new Date(now + 2 * HOUR).toISOString(),
      validUntil: new Date(now + 3 * HOUR).toISOString(),
    });
    const earlyTry = await tryToJoin(early);
    expect(earlyTry.reason).toBe('token_not_yet_valid');
    expect(earlyTry.text).toContain('belum dibuka');
  });

  it('refuses a patient trying to admit, even with a staff login on the page', async () => {
    context = await newParticipant(browser);
    const waitingToken = await stack.token({ roomId, role: 'patient', displayName: 'Dewi' });
    const waiting = await stack.video.service.join(waitingToken);
    const patientToken = await stack.token({ roomId, role: 'patient', displayName: 'Eko' });
    const page = await context.newPage();
    await page.goto(stack.page(patientToken, { staff: true }));
    await click(page, '[part="join-button"]');
    await expect.poll(() => page.locator('sehat-video-room').locator('[part="waiting"]').count()).toBe(1);
    const outcome = await page.evaluate(
      (id) =>
        document
          .querySelector('sehat-video-room')
          ?.admit(id)
          .then(
            () => 'admitted',
            () => 'refused',
          ),
      waiting.view.you.id,
    );
    expect(outcome).toBe('refused');
    const error = (await events(page, 'sehat-error')).at(-1);
    expect(error?.detail).toMatchObject({ code: 'FORBIDDEN', reason: 'not_host' });
    expect((await stack.video.service.view(roomId, waiting.view.you.id)).you.state).toBe('waiting');
  });

  it('has the PeerServer refuse a browser without a valid credential for the peer id', async () => {
    context = await newParticipant(browser);
    const page = await context.newPage();
    await page.goto(stack.page(''));
    const token = await stack.token({ roomId, role: 'patient', displayName: 'Fajar' });
    const joined = await stack.video.service.join(token);
    await stack.video.service.admit(roomId, joined.view.you.id);
    const { host, port, path } = joined.signaling;
    const base = `ws://${host}:${port}${path}peerjs?key=sehatkit&id=${joined.peer.id}`;
    const attempt = (url: string) =>
      page.evaluate(
        (u) =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            const ws = new WebSocket(u);
            ws.onmessage = (m) => seen.push(JSON.parse(m.data).type);
            ws.onclose = () => resolve(seen);
            setTimeout(() => {
              ws.close();
              resolve(seen);
            }, 3000);
          }),
        url,
      );
    expect(await attempt(`${base}&token=`)).not.toContain('OPEN');
    expect(await attempt(`${base}&token=${'0'.repeat(64)}`)).toEqual(['ERROR']);
    expect(await attempt(`${base}&token=${joined.peer.credential}`)).toContain('OPEN');
  });
});
