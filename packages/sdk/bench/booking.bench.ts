// Slot computation for a clinic network: 50 practitioners over 90 days (target: under 50 ms).
// Each practitioner works Monday-Friday 08:00-12:00 and 13:00-17:00 plus Saturday mornings in WIB, WITA or
// WIT, with a national holiday, a leave week for every fifth, one extra Saturday clinic, a third of the
// slots already booked and an external busy block twice a week.
import { median, percentile, writeBenchResult } from '../../../scripts/bench-report';
import {
  computeSlots,
  type ExistingAppointment,
  type Interval,
  instantOfLocal,
  mergeSlotLists,
  type PractitionerSchedule,
  type SlotRules,
} from '../src/booking/index';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const PRACTITIONERS = 50;
const DAYS = 90;
const RUNS = 30;
const rules: SlotRules = {
  durationMinutes: 15,
  bufferAfterMinutes: 5,
  minimumNoticeMinutes: 120,
  horizonDays: 120,
};

const from = Date.parse('2025-02-03T00:00:00Z');
const to = from + DAYS * 86_400_000;
const now = from - 3_600_000;

interface Practitioner {
  id: string;
  schedule: PractitionerSchedule;
  appointments: ExistingAppointment[];
  busy: Interval[];
}

function build(): Practitioner[] {
  const list: Practitioner[] = [];
  for (let i = 0; i < PRACTITIONERS; i += 1) {
    const zone = ZONES[i % ZONES.length] as string;
    const schedule: PractitionerSchedule = {
      timeZone: zone,
      weekly: [
        ...[1, 2, 3, 4, 5].flatMap((d) => [
          { weekday: d as 1, start: '08:00', end: '12:00' },
          { weekday: d as 1, start: '13:00', end: '17:00' },
        ]),
        { weekday: 6, start: '08:00', end: '12:00' },
      ],
      dates: [{ date: '2025-03-16', start: '09:00', end: '12:00' }],
      exceptions: [
        { date: '2025-03-31', until: '2025-04-01', reason: 'Idul Fitri' },
        ...(i % 5 === 0 ? [{ date: '2025-04-14', until: '2025-04-18', reason: 'Cuti' }] : []),
      ],
    };
    // Book every third slot of the empty calendar, deterministically.
    const free = computeSlots({ schedule, rules, serviceId: 'umum', from, to, now });
    const appointments = free
      .filter((_, k) => (k + i) % 3 === 0)
      .map((s) => ({ start: s.start, end: s.end, blockedEnd: s.end + 5 * 60_000, serviceId: 'umum' }));
    const busy: Interval[] = [];
    for (let d = 0; d < DAYS; d += 3) {
      const start = instantOfLocal(new Date(from + d * 86_400_000).toISOString().slice(0, 10), '14:00', zone);
      busy.push({ start, end: start + 90 * 60_000 });
    }
    list.push({ id: `dr-${String(i).padStart(2, '0')}`, schedule, appointments, busy });
  }
  return list;
}

function runOnce(practitioners: Practitioner[]): number {
  const lists = practitioners.map((p) => ({
    practitionerId: p.id,
    slots: computeSlots({
      schedule: p.schedule,
      rules,
      serviceId: 'umum',
      from,
      to,
      now,
      appointments: p.appointments,
      busy: p.busy,
    }),
  }));
  return mergeSlotLists(lists).length;
}

// A zone the practitioners do not use, so its day cache starts empty: the first run pays Intl's cost.
const coldStarted = performance.now();
computeSlots({
  schedule: { timeZone: 'Asia/Pontianak', weekly: [{ weekday: 1, start: '08:00', end: '17:00' }] },
  rules,
  from,
  to,
  now,
});
const coldZoneMs = performance.now() - coldStarted;

const practitioners = build();
const samples: number[] = [];
let slots = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  slots = runOnce(practitioners);
  samples.push(performance.now() - started);
}

const result = {
  practitioners: PRACTITIONERS,
  days: DAYS,
  zones: ZONES,
  slotsReturned: slots,
  appointmentsInCalendar: practitioners.reduce((n, p) => n + p.appointments.length, 0),
  runs: RUNS,
  medianMs: Number(median(samples).toFixed(2)),
  p95Ms: Number(percentile(samples, 95).toFixed(2)),
  minMs: Number(Math.min(...samples).toFixed(2)),
  oneNewZone90DaysColdMs: Number(coldZoneMs.toFixed(2)),
  targetMs: 50,
};
console.log(
  `slots for ${PRACTITIONERS} practitioners x ${DAYS} days: median ${result.medianMs} ms, p95 ${result.p95Ms} ms ` +
    `(${slots} slots; ${result.appointmentsInCalendar} booked); a fresh zone's first 90 days: ${result.oneNewZone90DaysColdMs} ms; target < 50 ms`,
);
writeBenchResult('booking', result);
