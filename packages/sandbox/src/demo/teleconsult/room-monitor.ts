import type { RoomNotice } from '@sehatkit/sdk/teleconsult';
import type { RoomEventBus } from '@sehatkit/sdk/teleconsult/server';

export interface MonitoredParticipant {
  participantId: string;
  displayName: string;
  role: string;
  arrival?: string;
  state: 'waiting' | 'admitted' | 'in-call' | 'left' | 'denied';
  since: string;
}

export interface MonitoredRoom {
  roomId: string;
  title: string;
  status: 'open' | 'ended';
  participants: MonitoredParticipant[];
  /** The latest notices, newest last. */
  log: { at: string; type: RoomNotice['type']; text: string }[];
}

const LOG_SIZE = 30;

/**
 * Follows every room's notices on the teleconsult event bus, so "behind the scenes" can show the waiting
 * rooms as the service sees them (who knocked, was admitted, joined, left) without taking a seat itself.
 */
export class RoomMonitor {
  readonly #rooms = new Map<string, MonitoredRoom>();
  readonly #stop: () => void;

  constructor(events: RoomEventBus) {
    this.#stop = events.subscribeAll((roomId, notice) => this.#note(roomId, notice));
  }

  /** Names a room the demo created, e.g. a practitioner's walk-in waiting room. */
  track(roomId: string, title: string): void {
    const room = this.#room(roomId);
    room.title = title;
  }

  rooms(): MonitoredRoom[] {
    return [...this.#rooms.values()];
  }

  close(): void {
    this.#stop();
  }

  #room(roomId: string): MonitoredRoom {
    let room = this.#rooms.get(roomId);
    if (!room) {
      room = { roomId, title: roomId, status: 'open', participants: [], log: [] };
      this.#rooms.set(roomId, room);
    }
    return room;
  }

  #note(roomId: string, notice: RoomNotice): void {
    const room = this.#room(roomId);
    const at = new Date().toISOString();
    const set = (participantId: string, state: MonitoredParticipant['state']) => {
      const p = room.participants.find((x) => x.participantId === participantId);
      if (p) {
        p.state = state;
        p.since = at;
      }
    };
    let text = '';
    switch (notice.type) {
      case 'knock':
        room.participants = room.participants.filter((p) => p.participantId !== notice.participantId);
        room.participants.push({
          participantId: notice.participantId,
          displayName: notice.displayName,
          role: notice.role,
          arrival: notice.arrival,
          state: 'waiting',
          since: at,
        });
        text = `${notice.displayName} (${notice.role}, ${notice.arrival})`;
        break;
      case 'admitted':
        set(notice.participantId, 'admitted');
        text = this.#name(room, notice.participantId);
        break;
      case 'denied':
        set(notice.participantId, 'denied');
        text = this.#name(room, notice.participantId);
        break;
      case 'joined':
        set(notice.participantId, 'in-call');
        text = this.#name(room, notice.participantId);
        break;
      case 'left':
        set(notice.participantId, 'left');
        text = `${this.#name(room, notice.participantId)} (${notice.reason})`;
        break;
      case 'ended':
        room.status = 'ended';
        text = notice.durationSeconds !== undefined ? `${notice.durationSeconds} s` : '';
        break;
      case 'announcement':
        text = notice.announcement.text;
        break;
      case 'chat':
      case 'updated':
        return;
    }
    room.log.push({ at, type: notice.type, text });
    if (room.log.length > LOG_SIZE) room.log.splice(0, room.log.length - LOG_SIZE);
  }

  #name(room: MonitoredRoom, participantId: string): string {
    return room.participants.find((p) => p.participantId === participantId)?.displayName ?? participantId;
  }
}
