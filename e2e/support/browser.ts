import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, webrtcArgs } from '../../scripts/chromium';

/** Chromium with fake camera and microphone, loopback ICE allowed (toolchain-probe §6), plus `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...webrtcArgs, ...extraArgs],
  });
}

export async function newParticipant(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  // Under tsx (the benchmarks) esbuild's keepNames wraps functions passed to page.evaluate in `__name(…)`,
  // a helper that exists only in Node; the page gets a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

/**
 * A page.evaluate that cannot hang the suite: with ICE stuck, an evaluate may never settle even though the
 * page's own timer fired (toolchain-probe §6), so the Node side races it.
 */
export async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RoomEvent {
  type: string;
  detail: Record<string, unknown>;
}

/** The `sehat-*` events the page recorded. */
export const events = (page: Page, type?: string): Promise<RoomEvent[]> =>
  page.evaluate((t) => {
    const all = (window as unknown as { sehatEvents: RoomEvent[] }).sehatEvents ?? [];
    return t ? all.filter((e) => e.type === t) : all;
  }, type);

/** Waits until the page has recorded an event of `type` matching `match`, and returns it. */
export async function waitForEvent(
  page: Page,
  type: string,
  match: (detail: Record<string, unknown>) => boolean = () => true,
  ms = 20_000,
): Promise<RoomEvent> {
  const until = Date.now() + ms;
  for (;;) {
    const found = (await events(page, type)).find((e) => match(e.detail));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no ${type} event within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks a control inside the element's shadow root. */
export async function click(page: Page, selector: string): Promise<void> {
  await page.locator('sehat-video-room').locator(selector).first().click();
}

/**
 * Waits until the remote video (of `participantId`, or the first) has decoded a new frame, measured with
 * requestVideoFrameCallback, and returns its size.
 */
export function remoteFrame(
  page: Page,
  participantId?: string,
  ms = 20_000,
): Promise<{ width: number; height: number; presentedFrames: number }> {
  return within(
    'a decoded remote video frame',
    ms,
    page.evaluate(
      ({ id, ms }) =>
        new Promise<{ width: number; height: number; presentedFrames: number }>((resolve, reject) => {
          const root = document.querySelector('sehat-video-room')?.shadowRoot;
          const timer = setTimeout(() => reject(new Error('no remote frame')), ms);
          const poll = () => {
            const selector = id
              ? `[part="remote"][data-participant="${id}"] video`
              : 'video[part="remote-video"]';
            const video = root?.querySelector<HTMLVideoElement>(selector);
            if (!video?.srcObject) return void setTimeout(poll, 50);
            video.requestVideoFrameCallback((_now, meta) => {
              clearTimeout(timer);
              resolve({ width: meta.width, height: meta.height, presentedFrames: meta.presentedFrames });
            });
          };
          poll();
        }),
      { id: participantId, ms },
    ),
  );
}

export interface ConsoleEvent extends RoomEvent {
  /** Whether the page had seen a user gesture when the event fired. */
  userActivated: boolean;
}

/**
 * Collects the events an untouched page (`stack.page(…, { untouched: true })`) writes to its console, without
 * evaluating anything in it.
 */
export function consoleEvents(page: Page): ConsoleEvent[] {
  const seen: ConsoleEvent[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('sehat-event ')) seen.push(JSON.parse(text.slice('sehat-event '.length)));
  });
  return seen;
}
