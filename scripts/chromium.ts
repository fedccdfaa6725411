import { existsSync } from 'node:fs';

/** Debian's chromium (`apt-get install chromium`); Playwright's own browser download is not used. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Names what to install when the browser is missing, or returns undefined when it is there. */
export function missingChromiumHint(): string | undefined {
  const path = chromiumPath();
  if (existsSync(path)) return undefined;
  return `Chromium not found at ${path}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`;
}

/** Flags that keep Chromium off this closed network and quiet (toolchain-probe §5, §6). */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Extra flags for WebRTC tests inside a loopback-only network namespace. */
export const webrtcArgs = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];
