import type { RoomNotice } from '../notices';

export type RoomListener = (notice: RoomNotice) => void;
export type AnyRoomListener = (roomId: string, notice: RoomNotice) => void;

/**
 * Fan-out of room notices to the event streams of that room. The default lives in one process; several
 * server instances either route a room's clients to one instance (sticky by room) or plug in a shared bus
 * (PostgreSQL LISTEN/NOTIFY, Redis) with this shape.
 */
export interface RoomEventBus {
  publish(roomId: string, notice: RoomNotice): void;
  subscribe(roomId: string, listener: RoomListener): () => void;
  /** Every room's notices; the PeerServer uses it to drop sockets of people who left or were denied. */
  subscribeAll(listener: AnyRoomListener): () => void;
}

export function memoryRoomEventBus(): RoomEventBus {
  const rooms = new Map<string, Set<RoomListener>>();
  const everywhere = new Set<AnyRoomListener>();
  const deliver = (call: () => void) => {
    try {
      call();
    } catch {
      // One broken subscriber (a closed stream) must not keep the notice from the others.
    }
  };
  return {
    publish(roomId, notice) {
      for (const listener of [...(rooms.get(roomId) ?? [])]) deliver(() => listener(notice));
      for (const listener of [...everywhere]) deliver(() => listener(roomId, notice));
    },
    subscribeAll(listener) {
      everywhere.add(listener);
      return () => {
        everywhere.delete(listener);
      };
    },
    subscribe(roomId, listener) {
      let set = rooms.get(roomId);
      if (!set) {
        set = new Set();
        rooms.set(roomId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) rooms.delete(roomId);
      };
    },
  };
}
