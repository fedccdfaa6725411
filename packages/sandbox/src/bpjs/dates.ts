/** Date helpers on the simulator's side: pCare writes dd-mm-yyyy, Antrean yyyy-mm-dd, BPJS lives in WIB. */

const DMY = /^(\d{2})-(\d{2})-(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function real(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** `dd-mm-yyyy` -> `yyyy-mm-dd`, or undefined when it is not a real date written that way. */
export function parseDmy(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DMY.exec(value);
  if (!m || !real(Number(m[3]), Number(m[2]), Number(m[1]))) return undefined;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** `yyyy-mm-dd` checked as a real date. */
export function parseYmd(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = YMD.exec(value);
  return m && real(Number(m[1]), Number(m[2]), Number(m[3])) ? value : undefined;
}

export function toDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

const wib = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Jakarta as yyyy-mm-dd. */
export function todayWib(nowMs: number): string {
  return wib.format(nowMs);
}
