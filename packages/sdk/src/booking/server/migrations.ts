import type { Migration } from '../../storage/migrations';

/** Name of the constraint that makes overlapping appointments impossible; a violation means "slot taken". */
export const NO_OVERLAP_CONSTRAINT = 'booking_appointments_no_overlap';
/** Name of the index that gives each seat of a group session to one patient only. */
export const ONE_SEAT_INDEX = 'booking_appointments_one_seat';
/** The email outbox (see `outbox/`). */
export const OUTBOX_TABLE = 'booking_outbox';

/**
 * The booking store. Double booking is excluded by the database itself, not by a read-then-write in code:
 * an exclusion constraint forbids two live appointments (held or confirmed) of one practitioner whose
 * blocked spans (buffers included) overlap, unless they are seats of the same group session; a partial
 * unique index numbers those seats and a CHECK keeps the numbers within the session's capacity.
 * `btree_gist` provides the `=` and `<>` operators on text inside the GiST index (PostgreSQL docs,
 * "btree_gist"; "Exclusion Constraints", CREATE TABLE). One statement per migration: PGlite runs each through
 * the extended protocol, which takes a single command.
 */
export const bookingMigrations: readonly Migration[] = [
  {
    id: 'booking/001-practitioners',
    sql: `CREATE TABLE booking_practitioners (
  id text PRIMARY KEY,
  name text NOT NULL,
  title text,
  specialty jsonb,
  email text,
  video boolean NOT NULL DEFAULT false,
  schedule jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  available_now_since timestamptz,
  available_now_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  },
  {
    id: 'booking/002-services',
    sql: `CREATE TABLE booking_services (
  id text PRIMARY KEY,
  name jsonb NOT NULL,
  description jsonb,
  mode text NOT NULL CHECK (mode IN ('in_person', 'video')),
  rules jsonb NOT NULL,
  price_idr bigint NOT NULL DEFAULT 0 CHECK (price_idr >= 0),
  active boolean NOT NULL DEFAULT true
)`,
  },
  {
    id: 'booking/003-offerings',
    sql: `CREATE TABLE booking_offerings (
  practitioner_id text NOT NULL REFERENCES booking_practitioners (id) ON DELETE CASCADE,
  service_id text NOT NULL REFERENCES booking_services (id) ON DELETE CASCADE,
  PRIMARY KEY (practitioner_id, service_id)
)`,
  },
  {
    id: 'booking/004-busy-blocks',
    sql: `CREATE TABLE booking_busy_blocks (
  id text PRIMARY KEY,
  practitioner_id text NOT NULL REFERENCES booking_practitioners (id) ON DELETE CASCADE,
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  source text NOT NULL,
  external_id text,
  UNIQUE (practitioner_id, source, external_id)
)`,
  },
  {
    id: 'booking/005-busy-blocks-index',
    sql: `CREATE INDEX booking_busy_blocks_during ON booking_busy_blocks USING gist (practitioner_id, during)`,
  },
  {
    id: 'booking/006-appointments',
    sql: `CREATE TABLE booking_appointments (
  id text PRIMARY KEY,
  practitioner_id text NOT NULL REFERENCES booking_practitioners (id),
  service_id text NOT NULL REFERENCES booking_services (id),
  status text NOT NULL CHECK (status IN ('held', 'confirmed', 'cancelled', 'expired')),
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  blocked tstzrange NOT NULL,
  session_key text NOT NULL,
  seat integer NOT NULL,
  capacity integer NOT NULL,
  price_idr bigint NOT NULL DEFAULT 0,
  hold_expires_at timestamptz,
  payment_id text,
  patient jsonb NOT NULL,
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  patient_time_zone text,
  sequence integer NOT NULL DEFAULT 0,
  cancel_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (blocked @> during),
  CHECK (seat BETWEEN 1 AND capacity),
  CHECK (status <> 'held' OR hold_expires_at IS NOT NULL),
  CONSTRAINT ${NO_OVERLAP_CONSTRAINT} EXCLUDE USING gist (
    practitioner_id WITH =,
    blocked WITH &&,
    session_key WITH <>
  ) WHERE (status IN ('held', 'confirmed'))
)`,
  },
  {
    id: 'booking/007-one-seat',
    sql: `CREATE UNIQUE INDEX ${ONE_SEAT_INDEX} ON booking_appointments (session_key, seat)
  WHERE status IN ('held', 'confirmed')`,
  },
  {
    id: 'booking/008-appointments-start-index',
    sql: `CREATE INDEX booking_appointments_start ON booking_appointments (practitioner_id, lower(during))`,
  },
  {
    id: 'booking/009-holds-index',
    sql: `CREATE INDEX booking_appointments_holds ON booking_appointments (hold_expires_at) WHERE status = 'held'`,
  },
  {
    id: 'booking/010-notifications',
    sql: `CREATE TABLE booking_notifications (
  appointment_id text NOT NULL REFERENCES booking_appointments (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('confirmation', 'reschedule', 'cancellation', 'reminder')),
  sequence integer NOT NULL,
  sent_at timestamptz,
  message_id text,
  error text,
  attempts integer NOT NULL DEFAULT 0,
  PRIMARY KEY (appointment_id, kind, sequence)
)`,
  },
  {
    id: 'booking/011-refunded-status',
    // A payment that arrived after its hold lapsed and the time went to someone else ends here, refunded.
    sql: `ALTER TABLE booking_appointments DROP CONSTRAINT booking_appointments_status_check,
  ADD CONSTRAINT booking_appointments_status_check
    CHECK (status IN ('held', 'confirmed', 'cancelled', 'expired', 'refunded'))`,
  },
  {
    id: 'booking/012-outbox',
    // Every email is written here in the transaction of the change that causes it, then delivered and retried.
    sql: `CREATE TABLE ${OUTBOX_TABLE} (
  id text PRIMARY KEY,
  appointment_id text NOT NULL REFERENCES booking_appointments (id) ON DELETE CASCADE,
  kind text NOT NULL
    CHECK (kind IN ('confirmation', 'reschedule', 'cancellation', 'reminder', 'payment_refunded')),
  sequence integer NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  UNIQUE (appointment_id, kind, sequence),
  CHECK (state <> 'sending' OR lease_until IS NOT NULL)
)`,
  },
  {
    id: 'booking/013-outbox-due-index',
    sql: `CREATE INDEX booking_outbox_due ON ${OUTBOX_TABLE} (next_attempt_at) WHERE state IN ('pending', 'sending')`,
  },
  {
    id: 'booking/014-outbox-from-notifications',
    // What the earlier send-once table knew, so no reminder already sent goes out again.
    sql: `INSERT INTO ${OUTBOX_TABLE} (id, appointment_id, kind, sequence, state, attempts, next_attempt_at,
  last_error, message_id, created_at, sent_at)
SELECT gen_random_uuid()::text, appointment_id, kind, sequence,
  CASE WHEN sent_at IS NOT NULL THEN 'sent' ELSE 'failed' END, attempts, COALESCE(sent_at, now()),
  error, message_id, COALESCE(sent_at, now()), sent_at
FROM booking_notifications
ON CONFLICT DO NOTHING`,
  },
];
