import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { startVideo, type VideoSandbox, type VideoSandboxOptions } from '@sehatkit/sandbox';
import { createSehatHandler } from '@sehatkit/sdk/server';
import type { CreateRoomInput, MintTokenInput } from '@sehatkit/sdk/teleconsult/server';
import { bundleElement } from './element-bundle';

export interface VideoStack {
  /** The demo page: `${url}/?token=…` (add `&staff=1` for the host's page). */
  url: string;
  video: VideoSandbox;
  /** The host's staff login the page sends as `Authorization: Bearer …`. */
  staffToken: string;
  room(input?: CreateRoomInput): Promise<string>;
  token(input: MintTokenInput): Promise<string>;
  /**
   * Page URL for a participant; `staff` adds the host's login; `untouched` joins without a click and mirrors
   * the events to the console (see `consoleEvents`).
   */
  page(token: string, options?: { staff?: boolean; lang?: string; untouched?: boolean }): string;
  close(): Promise<void>;
}

const PAGE = (lang: string) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>SehatKit video e2e</title></head>
<body>
<sehat-video-room id="room"></sehat-video-room>
<script type="module">
  import '/assets/element.js';
  const params = new URLSearchParams(location.search);
  const room = document.getElementById('room');
  room.endpoint = '/api';
  room.token = params.get('token') ?? '';
  if (params.get('staff')) room.requestHeaders = { Authorization: 'Bearer ' + params.get('staff') };
  window.sehatEvents = [];
  for (const type of ['sehat-knock', 'sehat-admitted', 'sehat-joined', 'sehat-left', 'sehat-media-toggle',
    'sehat-connection-quality', 'sehat-video-error', 'sehat-error', 'sehat-consultation-ended', 'sehat-file-received']) {
    room.addEventListener(type, (event) => window.sehatEvents.push({ type, detail: event.detail }));
  }
  // An untouched page: it joins by itself and reports its events on the console, since any page.evaluate
  // would count as a user gesture and lift the browser's autoplay policy.
  if (params.get('untouched')) {
    for (const type of ['sehat-admitted', 'sehat-joined', 'sehat-video-error']) {
      room.addEventListener(type, (event) => console.info('sehat-event', JSON.stringify({ type,
        detail: event.detail, userActivated: navigator.userActivation.hasBeenActive })));
    }
    customElements.whenDefined('sehat-video-room').then(() => room.updateComplete).then(() => room.join());
  }
</script>
</body>
</html>`;

/**
 * The video consultation on loopback, as a clinic would run it: the sandbox's video part (teleconsult
 * service, real PeerServer, coturn when relay-only), the server handler under `/api` and a page with
 * `<sehat-video-room>` on the same origin.
 */
export async function startVideoStack(options: VideoSandboxOptions = {}): Promise<VideoStack> {
  const video = await startVideo(options);
  const staffToken = randomUUID();
  const handler = createSehatHandler({
    basePath: '/api',
    teleconsult: video.service,
    rateLimit: false,
    secrets: [staffToken],
    authorize: (request) =>
      request.headers.get('authorization') === `Bearer ${staffToken}`
        ? { id: 'dr-ani', name: 'dr. Ani' }
        : false,
  });
  const assets = await bundleElement('packages/elements/src/components/video-room/define.ts');
  const api = getRequestListener((request) => handler(request));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://e2e.invalid');
    if (url.pathname.startsWith('/api/')) return void api(req, res);
    const asset = assets.get(url.pathname);
    if (asset) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(asset);
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(PAGE(url.searchParams.get('lang') ?? 'id'));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    video,
    staffToken,
    room: async (input = { kind: 'adhoc' }) => (await video.service.createRoom(input)).id,
    token: async (input) => (await video.service.mintJoinToken(input)).token,
    page: (token, o = {}) =>
      `${url}/?token=${encodeURIComponent(token)}${o.staff ? `&staff=${staffToken}` : ''}${o.lang ? `&lang=${o.lang}` : ''}${o.untouched ? '&untouched=1' : ''}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await video.close();
    },
  };
}
