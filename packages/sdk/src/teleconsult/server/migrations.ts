import type { Migration } from '../../storage/migrations';

// One statement per migration: PGlite runs each through the extended protocol, which takes a single command.
export const teleconsultMigrations: readonly Migration[] = [
  {
    id: 'teleconsult/001-rooms',
    sql: `CREATE TABLE teleconsult_rooms (
      id text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('booking', 'adhoc')),
      booking_id text,
      title text,
      scheduled_start timestamptz,
      scheduled_end timestamptz,
      waiting_chat boolean NOT NULL,
      guest_limit integer NOT NULL CHECK (guest_limit >= 0),
      status text NOT NULL CHECK (status IN ('open', 'ended')),
      created_by text,
      created_at timestamptz NOT NULL,
      call_started_at timestamptz,
      ended_at timestamptz,
      ended_by text,
      CHECK (kind <> 'booking' OR (booking_id IS NOT NULL AND scheduled_start IS NOT NULL
        AND scheduled_end IS NOT NULL AND scheduled_end > scheduled_start))
    )`,
  },
  {
    // One open room per booking: asking again for a booking's room gives the same room.
    id: 'teleconsult/002-room-per-booking',
    sql: `CREATE UNIQUE INDEX teleconsult_rooms_open_booking ON teleconsult_rooms (booking_id)
      WHERE booking_id IS NOT NULL AND status = 'open'`,
  },
  {
    id: 'teleconsult/003-participants',
    sql: `CREATE TABLE teleconsult_participants (
      id text PRIMARY KEY,
      room_id text NOT NULL REFERENCES teleconsult_rooms (id) ON DELETE CASCADE,
      subject text NOT NULL,
      role text NOT NULL CHECK (role IN ('host', 'patient', 'guest')),
      display_name text NOT NULL,
      peer_id text NOT NULL UNIQUE,
      state text NOT NULL CHECK (state IN ('waiting', 'admitted', 'in_call', 'left', 'denied', 'ended')),
      arrival text CHECK (arrival IN ('on_time', 'late', 'walk_in')),
      appointment_start timestamptz,
      knocked_at timestamptz NOT NULL,
      admitted_at timestamptz,
      joined_at timestamptz,
      left_at timestamptz,
      left_reason text,
      epoch integer NOT NULL DEFAULT 0,
      UNIQUE (room_id, subject)
    )`,
  },
  {
    id: 'teleconsult/004-messages',
    sql: `CREATE TABLE teleconsult_messages (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      room_id text NOT NULL REFERENCES teleconsult_rooms (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('announcement', 'chat')),
      thread_id text REFERENCES teleconsult_participants (id) ON DELETE CASCADE,
      author_id text NOT NULL,
      author_name text NOT NULL,
      author_role text NOT NULL,
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 1000),
      created_at timestamptz NOT NULL,
      CHECK ((kind = 'chat') = (thread_id IS NOT NULL))
    )`,
  },
  {
    id: 'teleconsult/005-messages-by-room',
    sql: 'CREATE INDEX teleconsult_messages_room ON teleconsult_messages (room_id, seq)',
  },
  {
    // Call entries are numbered across all participants: a later entry dials the earlier ones, and a higher
    // number for the same participant means a new page whose old connections are dead.
    id: 'teleconsult/006-entry-sequence',
    sql: 'CREATE SEQUENCE teleconsult_entry_seq',
  },
];
