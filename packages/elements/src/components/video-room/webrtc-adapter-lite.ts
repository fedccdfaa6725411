/**
 * Stands in for `webrtc-adapter` in the bundles SehatKit builds (an esbuild alias in scripts/build.mjs).
 * PeerJS imports the adapter but reads only `browserDetails`, for its supported-browser check; the adapter's
 * shims target browsers older than PeerJS's own floor (Chrome and Edge 83, Firefox 80, Safari 15), and it
 * costs about 12 KB gzip. npm users bundling PeerJS themselves get the real adapter unless they alias too.
 */
function detect(userAgent: string): { browser: string | null; version: number | null } {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return { browser: 'firefox', version: Number(firefox[1]) };
  const chromium = /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(userAgent);
  if (chromium) return { browser: 'chrome', version: Number(chromium[1]) };
  const safari = /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//.exec(userAgent);
  if (safari) return { browser: 'safari', version: Number(safari[1]) };
  return { browser: null, version: null };
}

export default {
  browserDetails: detect(typeof navigator === 'undefined' ? '' : navigator.userAgent),
};
