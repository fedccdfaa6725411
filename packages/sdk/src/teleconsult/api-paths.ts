/**
 * The teleconsultation routes of the server handler, relative to its base path. All are POST with a JSON
 * body; participant routes carry the join token as `token` in it (`events` answers `text/event-stream`).
 * `rooms` and `rooms/:id/tokens` are staff routes.
 */
export const TELECONSULT_PATHS = {
  rooms: '/teleconsult/rooms',
  roomTokens: (roomId: string) => `/teleconsult/rooms/${encodeURIComponent(roomId)}/tokens`,
  join: '/teleconsult/join',
  events: '/teleconsult/events',
  ice: '/teleconsult/ice',
  admit: '/teleconsult/admit',
  deny: '/teleconsult/deny',
  announce: '/teleconsult/announce',
  chat: '/teleconsult/chat',
  enter: '/teleconsult/enter',
  leave: '/teleconsult/leave',
  end: '/teleconsult/end',
  guests: '/teleconsult/guests',
} as const;
