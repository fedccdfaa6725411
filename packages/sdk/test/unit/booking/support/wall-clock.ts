/**
 * An independent reading of local wall time for test oracles: `sv-SE` formats as `yyyy-mm-dd hh:mm:ss`,
 * which is parsed as text here. It shares nothing with the engine's offset arithmetic.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export interface WallReading {
  date: string;
  /** Minutes after local midnight. */
  minute: number;
}

export function readWall(instant: number, zone: string): WallReading {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, f);
  }
  const text = f.format(instant);
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):\d{2}$/.exec(text);
  if (!match) throw new Error(`unexpected sv-SE format: ${text}`);
  return { date: match[1] as string, minute: Number(match[2]) * 60 + Number(match[3]) };
}

/** `HH:MM` -> minutes. */
export function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
