import type { Database, Queryable } from '../../storage/database';
import type { MessageRecord, ParticipantRecord, RoomRecord } from './records';

type Row = Record<string, unknown>;

const ms = (v: unknown): number | undefined =>
  v === null || v === undefined ? undefined : v instanceof Date ? v.getTime() : new Date(String(v)).getTime();
const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const at = (v: number | undefined) => (v === undefined ? null : new Date(v));

// Optional fields are left out rather than set to undefined, so records compare and serialise cleanly.
function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

function toRoom(r: Row): RoomRecord {
  return compact({
    id: String(r['id']),
    kind: r['kind'] as RoomRecord['kind'],
    bookingId: str(r['booking_id']),
    title: str(r['title']),
    scheduledStart: ms(r['scheduled_start']),
    scheduledEnd: ms(r['scheduled_end']),
    waitingChat: Boolean(r['waiting_chat']),
    guestLimit: Number(r['guest_limit']),
    status: r['status'] as RoomRecord['status'],
    createdBy: str(r['created_by']),
    createdAt: ms(r['created_at']) as number,
    callStartedAt: ms(r['call_started_at']),
    endedAt: ms(r['ended_at']),
    endedBy: str(r['ended_by']),
  });
}

function toParticipant(r: Row): ParticipantRecord {
  return compact({
    id: String(r['id']),
    roomId: String(r['room_id']),
    subject: String(r['subject']),
    role: r['role'] as ParticipantRecord['role'],
    displayName: String(r['display_name']),
    peerId: String(r['peer_id']),
    state: r['state'] as ParticipantRecord['state'],
    arrival: str(r['arrival']) as ParticipantRecord['arrival'],
    appointmentStart: ms(r['appointment_start']),
    knockedAt: ms(r['knocked_at']) as number,
    admittedAt: ms(r['admitted_at']),
    joinedAt: ms(r['joined_at']),
    leftAt: ms(r['left_at']),
    leftReason: str(r['left_reason']) as ParticipantRecord['leftReason'],
    epoch: Number(r['epoch']),
  });
}

function toMessage(r: Row): MessageRecord {
  return compact({
    id: String(r['id']),
    roomId: String(r['room_id']),
    kind: r['kind'] as MessageRecord['kind'],
    threadId: str(r['thread_id']),
    authorId: String(r['author_id']),
    authorName: String(r['author_name']),
    authorRole: r['author_role'] as MessageRecord['authorRole'],
    body: String(r['body']),
    createdAt: ms(r['created_at']) as number,
  });
}

/** Participant columns a state change may touch. */
export interface ParticipantPatch {
  state?: ParticipantRecord['state'];
  arrival?: ParticipantRecord['arrival'] | null;
  displayName?: string;
  appointmentStart?: number | null;
  knockedAt?: number;
  admittedAt?: number | null;
  joinedAt?: number | null;
  leftAt?: number | null;
  leftReason?: ParticipantRecord['leftReason'] | null;
  epoch?: number;
}

const PATCH_COLUMNS: Record<keyof ParticipantPatch, { column: string; time?: true }> = {
  state: { column: 'state' },
  arrival: { column: 'arrival' },
  displayName: { column: 'display_name' },
  appointmentStart: { column: 'appointment_start', time: true },
  knockedAt: { column: 'knocked_at', time: true },
  admittedAt: { column: 'admitted_at', time: true },
  joinedAt: { column: 'joined_at', time: true },
  leftAt: { column: 'left_at', time: true },
  leftReason: { column: 'left_reason' },
  epoch: { column: 'epoch' },
};

/** SQL for rooms, participants and waiting-room messages. Every method runs on the database or a transaction. */
export class RoomStore {
  constructor(readonly db: Database) {}

  async insertRoom(q: Queryable, room: RoomRecord): Promise<RoomRecord> {
    const { rows } = await q.query(
      `INSERT INTO teleconsult_rooms (id, kind, booking_id, title, scheduled_start, scheduled_end, waiting_chat,
         guest_limit, status, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10) RETURNING *`,
      [
        room.id,
        room.kind,
        room.bookingId ?? null,
        room.title ?? null,
        at(room.scheduledStart),
        at(room.scheduledEnd),
        room.waitingChat,
        room.guestLimit,
        room.createdBy ?? null,
        at(room.createdAt),
      ],
    );
    return toRoom(rows[0] as Row);
  }

  async room(q: Queryable, id: string, lock = false): Promise<RoomRecord | undefined> {
    const { rows } = await q.query(
      `SELECT * FROM teleconsult_rooms WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRoom(rows[0]) : undefined;
  }

  async openRoomForBooking(q: Queryable, bookingId: string): Promise<RoomRecord | undefined> {
    const { rows } = await q.query(
      `SELECT * FROM teleconsult_rooms WHERE booking_id = $1 AND status = 'open'`,
      [bookingId],
    );
    return rows[0] ? toRoom(rows[0]) : undefined;
  }

  async startCall(q: Queryable, roomId: string, now: number): Promise<void> {
    await q.query(
      'UPDATE teleconsult_rooms SET call_started_at = $2 WHERE id = $1 AND call_started_at IS NULL',
      [roomId, at(now)],
    );
  }

  async endRoom(q: Queryable, roomId: string, now: number, endedBy: string | undefined): Promise<boolean> {
    const result = await q.query(
      `UPDATE teleconsult_rooms SET status = 'ended', ended_at = $2, ended_by = $3
       WHERE id = $1 AND status = 'open'`,
      [roomId, at(now), endedBy ?? null],
    );
    if (result.affectedRows === 0) return false;
    await q.query(
      `UPDATE teleconsult_participants SET state = 'ended', left_at = $2, left_reason = 'ended'
       WHERE room_id = $1 AND state IN ('waiting', 'admitted', 'in_call')`,
      [roomId, at(now)],
    );
    // Waiting-room chat and announcements are for the day of the visit, not a record to keep.
    await q.query('DELETE FROM teleconsult_messages WHERE room_id = $1', [roomId]);
    return true;
  }

  /** Inserts the participant unless the subject already has a seat in the room; returns the seat either way. */
  async claimSeat(
    q: Queryable,
    p: ParticipantRecord,
  ): Promise<{ seat: ParticipantRecord; created: boolean }> {
    const inserted = await q.query(
      `INSERT INTO teleconsult_participants (id, room_id, subject, role, display_name, peer_id, state, arrival,
         appointment_start, knocked_at, admitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (room_id, subject) DO NOTHING RETURNING *`,
      [
        p.id,
        p.roomId,
        p.subject,
        p.role,
        p.displayName,
        p.peerId,
        p.state,
        p.arrival ?? null,
        at(p.appointmentStart),
        at(p.knockedAt),
        at(p.admittedAt),
      ],
    );
    if (inserted.rows[0]) return { seat: toParticipant(inserted.rows[0]), created: true };
    const existing = await this.seat(q, p.roomId, p.subject);
    if (!existing) throw new Error('seat vanished between insert and select');
    return { seat: existing, created: false };
  }

  async seat(
    q: Queryable,
    roomId: string,
    subject: string,
    lock = false,
  ): Promise<ParticipantRecord | undefined> {
    const { rows } = await q.query(
      `SELECT * FROM teleconsult_participants WHERE room_id = $1 AND subject = $2${lock ? ' FOR UPDATE' : ''}`,
      [roomId, subject],
    );
    return rows[0] ? toParticipant(rows[0]) : undefined;
  }

  async participant(q: Queryable, id: string, lock = false): Promise<ParticipantRecord | undefined> {
    const { rows } = await q.query(
      `SELECT * FROM teleconsult_participants WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toParticipant(rows[0]) : undefined;
  }

  async participantByPeer(q: Queryable, peerId: string): Promise<ParticipantRecord | undefined> {
    const { rows } = await q.query('SELECT * FROM teleconsult_participants WHERE peer_id = $1', [peerId]);
    return rows[0] ? toParticipant(rows[0]) : undefined;
  }

  async participants(q: Queryable, roomId: string): Promise<ParticipantRecord[]> {
    const { rows } = await q.query(
      'SELECT * FROM teleconsult_participants WHERE room_id = $1 ORDER BY knocked_at, id',
      [roomId],
    );
    return rows.map(toParticipant);
  }

  async update(q: Queryable, id: string, patch: ParticipantPatch): Promise<ParticipantRecord> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, value] of Object.entries(patch) as [keyof ParticipantPatch, unknown][]) {
      if (value === undefined) continue;
      const spec = PATCH_COLUMNS[key];
      params.push(spec.time && typeof value === 'number' ? new Date(value) : value);
      sets.push(`${spec.column} = $${params.length}`);
    }
    const { rows } = await q.query(
      `UPDATE teleconsult_participants SET ${sets.join(', ')} WHERE id = $1 RETURNING *`,
      params,
    );
    return toParticipant(rows[0] as Row);
  }

  /** The next number in the global order of call entries. */
  async nextEntry(q: Queryable): Promise<number> {
    const { rows } = await q.query<{ n: string | number }>("SELECT nextval('teleconsult_entry_seq') AS n");
    return Number(rows[0]?.n);
  }

  async insertMessage(q: Queryable, m: MessageRecord): Promise<MessageRecord> {
    const { rows } = await q.query(
      `INSERT INTO teleconsult_messages (id, room_id, kind, thread_id, author_id, author_name, author_role, body,
         created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        m.id,
        m.roomId,
        m.kind,
        m.threadId ?? null,
        m.authorId,
        m.authorName,
        m.authorRole,
        m.body,
        at(m.createdAt),
      ],
    );
    return toMessage(rows[0] as Row);
  }

  /** The latest `limit` messages of a kind, oldest first; chat optionally limited to one thread. */
  async messages(
    q: Queryable,
    roomId: string,
    kind: MessageRecord['kind'],
    limit: number,
    threadId?: string,
  ): Promise<MessageRecord[]> {
    const { rows } = await q.query(
      `SELECT * FROM (
         SELECT * FROM teleconsult_messages
         WHERE room_id = $1 AND kind = $2 AND ($3::text IS NULL OR thread_id = $3)
         ORDER BY seq DESC LIMIT $4
       ) latest ORDER BY seq`,
      [roomId, kind, threadId ?? null, limit],
    );
    return rows.map(toMessage);
  }
}
