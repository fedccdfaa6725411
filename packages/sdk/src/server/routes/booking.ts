import { z } from 'zod';
import { BOOKING_PATHS } from '../../booking/api-paths';
import type { BookingService } from '../../booking/server/service';
import type { RouteModule } from '../context';

/** The booking service the host constructs with `createBookingService()`; only these members are used. */
export type BookingRouteService = Pick<
  BookingService,
  | 'catalog'
  | 'findSlots'
  | 'book'
  | 'appointmentStatus'
  | 'calendarFile'
  | 'cancelWithToken'
  | 'rescheduleWithToken'
  | 'checkAccess'
  | 'availableNow'
  | 'listAppointments'
  | 'cancel'
  | 'reschedule'
  | 'setSchedule'
  | 'addBusyBlocks'
  | 'setAvailableNow'
  | 'secrets'
>;

const token = z.string().min(1).max(4096);
const instant = z.iso.datetime({ offset: true });

/**
 * Booking routes for `<sehat-booking>` and `<sehat-consult-hours>`. Public routes (catalog, slots, booking,
 * an appointment's state, email links, the "available now" list) are rate limited per client; practitioner
 * availability, the appointment list and staff changes pass the host's `authorize` hook (`booking.manage`).
 * Signed tokens travel in JSON bodies, never in URLs that proxies and browser history keep.
 */
export const bookingRoutes: RouteModule = {
  name: 'booking',
  enabled: (options) => options.booking !== undefined,
  mount(app, ctx) {
    const service = ctx.options.booking as BookingRouteService;
    for (const secret of service.secrets) ctx.redactor.addSecret(secret);
    const staff = ctx.staff('booking.manage');
    const open = ctx.publicLimit;

    app.get(BOOKING_PATHS.catalog, open, async (c) => c.json(await service.catalog()));

    app.get(BOOKING_PATHS.slots, open, async (c) => {
      const q = c.req.query();
      const slots = await service.findSlots({
        serviceId: q.serviceId ?? '',
        ...(q.practitionerId ? { practitionerId: q.practitionerId } : {}),
        from: q.from ?? '',
        to: q.to ?? '',
      });
      return c.json({ serviceId: q.serviceId, from: q.from, to: q.to, slots });
    });

    app.post(BOOKING_PATHS.appointments, open, async (c) => {
      const body = await ctx.body(c, z.unknown(), 'booking');
      const result = await service.book(body);
      return c.json(result, result.status === 'confirmed' ? 201 : 202);
    });

    app.get(BOOKING_PATHS.appointments, staff, async (c) => {
      const q = ctx.query(
        c,
        z.object({ from: instant, to: instant, practitionerId: z.string().min(1).optional() }),
        'appointment list',
      );
      return c.json({ appointments: await service.listAppointments(q) });
    });

    app.get('/booking/appointments/:id', open, async (c) =>
      c.json({ appointment: await service.appointmentStatus(c.req.param('id')) }),
    );

    app.get('/booking/appointments/:id/calendar.ics', open, async (c) => {
      const ics = await service.calendarFile(c.req.param('id'));
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'attachment; filename="janji-temu.ics"',
      });
    });

    app.post('/booking/appointments/:id/payment-notice', open, async (c) => {
      await service.appointmentStatus(c.req.param('id'));
      return c.body(null, 204);
    });

    app.post(BOOKING_PATHS.cancelWithLink, open, async (c) => {
      const body = await ctx.body(
        c,
        z.object({ token, reason: z.string().max(500).optional() }),
        'cancellation',
      );
      return c.json({ appointment: await service.cancelWithToken(body.token, body.reason) });
    });

    app.post(BOOKING_PATHS.rescheduleWithLink, open, async (c) => {
      const body = await ctx.body(c, z.object({ token, start: instant }), 'reschedule');
      return c.json(await service.rescheduleWithToken(body.token, body.start));
    });

    app.post(BOOKING_PATHS.access, open, async (c) => {
      const body = await ctx.body(c, z.object({ token }), 'access check');
      const access = await service.checkAccess(body.token);
      return c.json({
        appointment: access.appointment,
        opensAt: new Date(access.opensAt).toISOString(),
        closesAt: new Date(access.closesAt).toISOString(),
      });
    });

    app.get(BOOKING_PATHS.availableNow, open, async (c) =>
      c.json({ practitioners: await service.availableNow() }),
    );

    app.post('/booking/appointments/:id/cancel', staff, async (c) => {
      const body = await ctx.body(c, z.object({ reason: z.string().max(500).optional() }), 'cancellation');
      return c.json({ appointment: await service.cancel(c.req.param('id'), body.reason) });
    });

    app.post('/booking/appointments/:id/reschedule', staff, async (c) => {
      const body = await ctx.body(c, z.object({ start: instant }), 'reschedule');
      return c.json(await service.reschedule(c.req.param('id'), body.start));
    });

    app.put('/booking/practitioners/:id/schedule', staff, async (c) => {
      const body = await ctx.body(c, z.unknown(), 'schedule');
      return c.json({ schedule: await service.setSchedule(c.req.param('id'), body) });
    });

    app.post('/booking/practitioners/:id/busy', staff, async (c) => {
      const body = await ctx.body(c, z.object({ blocks: z.array(z.unknown()).max(500) }), 'busy blocks');
      await service.addBusyBlocks(
        c.req.param('id'),
        body.blocks as Parameters<BookingService['addBusyBlocks']>[1],
      );
      return c.body(null, 204);
    });

    app.put('/booking/practitioners/:id/available-now', staff, async (c) => {
      const body = await ctx.body(c, z.unknown(), 'availability');
      return c.json({ practitioner: (await service.setAvailableNow(c.req.param('id'), body)) ?? null });
    });
  },
};
