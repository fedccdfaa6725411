/**
 * Showing instants to a patient in the zone they read (their own, or the clinic's when the widget locks it).
 * Only `Intl`; formatters are cached because a slot list formats hundreds of times.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    cache.set(key, f);
  }
  return f;
}

/** `08.30` (id) or `08:30` (en): the local clock time of `instant` in `zone`. */
export function formatTime(instant: number, zone: string, locale = 'id'): string {
  return format(locale, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** `Senin, 6 Januari 2025` (id) or `Monday, 6 January 2025` (en) in `zone`. */
export function formatDay(instant: number, zone: string, locale = 'id'): string {
  return format(locale, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    instant,
  );
}

// Indonesia's three zones go by these names in English text too (WIB, WITA, WIT), where Intl would say GMT+7.
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * A short name for `zone` at `instant`: `WIB`, `WITA`, `WIT` for Indonesia's zones in any language,
 * otherwise what `Intl` calls it (`GMT+1`, `CET`). Falls back to the IANA name when the runtime has nothing shorter.
 */
export function timeZoneLabel(zone: string, locale = 'id', instant = Date.now()): string {
  const indonesian = INDONESIAN_ZONES[zone];
  if (indonesian) return indonesian;
  const parts = format(locale, zone, { timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The zone the reader's device is set to, or `fallback` when the runtime cannot say. */
export function deviceTimeZone(fallback = 'Asia/Jakarta'): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || fallback;
  } catch {
    return fallback;
  }
}
