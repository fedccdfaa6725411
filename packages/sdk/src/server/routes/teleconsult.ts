import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { ForbiddenError } from '../../errors/remote-errors';
import { TELECONSULT_PATHS } from '../../teleconsult/api-paths';
import type { RoomNotice } from '../../teleconsult/notices';
import {
  announceSchema,
  chatSchema,
  createRoomSchema,
  denySchema,
  inviteGuestSchema,
  joinSchema,
  leaveSchema,
  mintTokenBodySchema,
  participantIdSchema,
} from '../../teleconsult/server/inputs';
import { roomSummary } from '../../teleconsult/server/room-view';
import type { Session, TeleconsultService } from '../../teleconsult/server/teleconsult-service';
import type { RoomView } from '../../teleconsult/types';
import type { RouteModule, SehatContext } from '../context';

/** The service the host constructs with `createTeleconsult()`; only these members are used. */
export type TeleconsultRouteService = Pick<
  TeleconsultService,
  | 'createRoom'
  | 'mintJoinToken'
  | 'session'
  | 'join'
  | 'view'
  | 'ice'
  | 'admit'
  | 'deny'
  | 'announce'
  | 'waitingChat'
  | 'enterCall'
  | 'leave'
  | 'endRoom'
  | 'inviteGuest'
  | 'present'
  | 'events'
  | 'secrets'
>;

// Without a notice the stream would sit silent for minutes; proxies close idle connections after ~60 s.
const KEEP_ALIVE_MS = 15_000;

// The join token travels in the JSON body of every participant request, never in a URL (proxy and history
// logs) and never in `Authorization`, which stays free for the host's own staff login.
const tokenField = { token: z.string().max(4096).optional() };
const tokenOnly = z.object(tokenField);

/**
 * Teleconsultation routes. Participants authenticate every request with their join token (`token` in the
 * JSON body); host actions additionally pass the host's `authorize` hook (`teleconsult.host`) and need a
 * host token for the room. Room creation and token minting are staff routes for demos and simple hosts; a
 * backend can call the SDK directly instead.
 */
export const teleconsultRoutes: RouteModule = {
  name: 'teleconsult',
  enabled: (options) => options.teleconsult !== undefined,
  mount(app, ctx) {
    const service = ctx.options.teleconsult as TeleconsultRouteService;
    for (const secret of service.secrets) ctx.redactor.addSecret(secret);
    const host = ctx.staff('teleconsult.host');

    /** Reads a body that is only the token, and opens the session it names. */
    const tokenSession = async (c: SehatContext, subject: string) =>
      service.session((await ctx.body(c, tokenOnly, subject)).token);
    const hostOnly = (session: Session) => {
      if (session.claims.role !== 'host') {
        throw new ForbiddenError('Only the host can do this.', { reason: 'not_host' });
      }
      return session;
    };
    const actor = (session: Session) => ({
      id: session.participant.id,
      name: session.participant.displayName,
    });

    app.post(TELECONSULT_PATHS.rooms, host, async (c) => {
      const input = await ctx.body(c, createRoomSchema, 'room');
      const room = await service.createRoom(input, c.get('staff')?.id);
      return c.json({ room: roomSummary(room) }, 201);
    });

    app.post('/teleconsult/rooms/:roomId/tokens', host, async (c) => {
      const input = await ctx.body(c, mintTokenBodySchema, 'join token');
      return c.json(await service.mintJoinToken({ ...input, roomId: c.req.param('roomId') }), 201);
    });

    app.post(TELECONSULT_PATHS.join, ctx.publicLimit, async (c) => {
      const body = await ctx.body(c, joinSchema.extend(tokenField), 'join');
      return c.json(
        await service.join(body.token, body.displayName ? { displayName: body.displayName } : {}),
      );
    });

    app.post(TELECONSULT_PATHS.ice, ctx.publicLimit, async (c) => {
      const session = await tokenSession(c, 'ICE request');
      return c.json(service.ice(session.participant.id));
    });

    app.post(TELECONSULT_PATHS.enter, ctx.publicLimit, async (c) => {
      const session = await tokenSession(c, 'call entry');
      const seat = await service.enterCall(session);
      return c.json({ epoch: seat.epoch });
    });

    app.post(TELECONSULT_PATHS.leave, ctx.publicLimit, async (c) => {
      const body = await ctx.body(c, leaveSchema.extend(tokenField), 'leave');
      const session = await service.session(body.token);
      await service.leave(session, body.reason);
      return c.body(null, 204);
    });

    app.post(TELECONSULT_PATHS.chat, ctx.publicLimit, async (c) => {
      const body = await ctx.body(c, chatSchema.extend(tokenField), 'chat message');
      const session = await service.session(body.token);
      await service.waitingChat(session, body.text, body.to);
      return c.body(null, 204);
    });

    app.post(TELECONSULT_PATHS.admit, host, async (c) => {
      const body = await ctx.body(c, participantIdSchema.extend(tokenField), 'admission');
      const session = await service.session(body.token);
      await service.admit(hostOnly(session).room.id, body.participantId);
      return c.body(null, 204);
    });

    app.post(TELECONSULT_PATHS.deny, host, async (c) => {
      const body = await ctx.body(c, denySchema.extend(tokenField), 'denial');
      const session = await service.session(body.token);
      await service.deny(hostOnly(session).room.id, body.participantId, body.reason);
      return c.body(null, 204);
    });

    app.post(TELECONSULT_PATHS.announce, host, async (c) => {
      const body = await ctx.body(c, announceSchema.extend(tokenField), 'announcement');
      const session = await service.session(body.token);
      await service.announce(hostOnly(session).room.id, body.text, actor(session));
      return c.body(null, 204);
    });

    app.post(TELECONSULT_PATHS.guests, host, async (c) => {
      const body = await ctx.body(c, inviteGuestSchema.extend(tokenField), 'guest invitation');
      const session = await service.session(body.token);
      return c.json(await service.inviteGuest(hostOnly(session), body.displayName), 201);
    });

    app.post(TELECONSULT_PATHS.end, host, async (c) => {
      const session = await tokenSession(c, 'end');
      await service.endRoom(hostOnly(session).room.id, actor(session));
      return c.body(null, 204);
    });

    // POST, so the token rides in the body; the element reads the stream with fetch, not EventSource.
    app.post(TELECONSULT_PATHS.events, ctx.publicLimit, async (c) => {
      const session = await tokenSession(c, 'event stream');
      return streamSSE(
        c,
        (stream) => streamRoom(service, session, stream),
        async (error) => {
          ctx.logger.warn('teleconsult event stream failed', { error });
        },
      );
    });
  },
};

type SseStream = Parameters<Parameters<typeof streamSSE>[1]>[0];

/**
 * One participant's event stream: the full view first, then after every change the new view followed by
 * the notices meant for them. It closes once they are out of the room (left, denied, ended).
 */
async function streamRoom(
  service: TeleconsultRouteService,
  session: Session,
  stream: SseStream,
): Promise<void> {
  const { room, participant } = session;
  const queue: RoomNotice[] = [];
  let wake: (() => void) | undefined;
  let aborted = false;
  const unsubscribe = service.events.subscribe(room.id, (notice) => {
    queue.push(notice);
    wake?.();
  });
  const gone = service.present(session);
  stream.onAbort(() => {
    aborted = true;
    wake?.();
  });
  let visible = new Set<string>();
  const send = async (view: RoomView) => {
    await stream.writeSSE({ event: 'state', data: JSON.stringify(view), retry: 2000 });
    visible = new Set(view.participants.map((p) => p.id));
  };
  try {
    await send(await service.view(room.id, participant.id));
    while (!aborted) {
      if (queue.length === 0) {
        const idle = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), KEEP_ALIVE_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = undefined;
        if (idle) await stream.write(': keep-alive\n\n');
        continue;
      }
      const batch = queue.splice(0);
      const before = visible;
      const view = await service.view(room.id, participant.id);
      await send(view);
      for (const notice of batch) {
        if (concerns(notice, view, before))
          await stream.writeSSE({ event: 'notice', data: JSON.stringify(notice) });
      }
      if (view.room.status === 'ended' || ['left', 'denied', 'ended'].includes(view.you.state)) break;
    }
  } finally {
    unsubscribe();
    gone();
  }
}

/** Whether a notice is for this viewer: patients never learn about other waiting patients. */
function concerns(notice: RoomNotice, view: RoomView, before: Set<string>): boolean {
  const isHost = view.you.role === 'host';
  const about = (id: string) =>
    id === view.you.id || before.has(id) || view.participants.some((p) => p.id === id);
  switch (notice.type) {
    case 'knock':
      return isHost;
    case 'admitted':
    case 'denied':
      return isHost || notice.participantId === view.you.id;
    case 'joined':
    case 'left':
      return isHost || about(notice.participantId);
    case 'chat':
      return isHost || notice.message.threadId === view.you.id;
    case 'announcement':
    case 'ended':
      return true;
    case 'updated':
      return false;
  }
}
