import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * A hosted-checkout payment gateway for the sandbox: the server creates a checkout with a bearer server key,
 * the patient pays (or fails) on its page, and the server asks for the state. It keeps its own types and
 * parsing: it does not use SehatKit's provider code, so a shared bug cannot hide itself.
 */

export type CheckoutState = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';

/** A paid checkout given back to the customer. */
export interface SandboxRefund {
  refundId: string;
  amountIdr: number;
  reason: string;
  idempotencyKey: string | undefined;
  at: number;
}

export interface SandboxCheckout {
  id: string;
  reference: string;
  amountIdr: number;
  description: string;
  customer: { name: string; email: string };
  expiresAt: number;
  returnUrl?: string;
  notifyUrl?: string;
  state: CheckoutState;
  createdAt: number;
  refund?: SandboxRefund;
}

export interface PaymentSandboxFaults {
  /** Answer checkout creation with 503 (gateway down). */
  rejectCheckouts: boolean;
  /** Answer status queries with 503. */
  failStatus: boolean;
  /** Answer refunds with 503. */
  failRefunds: boolean;
  /**
   * Let checkouts be paid after their `expiresAt` (a bank transfer or virtual account that clears late):
   * the merchant then holds money for a hold it may have given away.
   */
  acceptLatePayments: boolean;
}

export interface PaymentSandboxOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** The server key callers must send as `Authorization: Bearer …`. Default: a random one. */
  apiKey?: string;
  /** Default: the system clock. */
  clock?: { now(): number };
}

export interface PaymentSandbox {
  url: string;
  apiKey: string;
  faults: PaymentSandboxFaults;
  checkouts(): SandboxCheckout[];
  /** Marks a checkout paid or failed as if the patient had used the page. */
  settle(id: string, outcome: 'paid' | 'failed'): Promise<SandboxCheckout>;
  /** Refunds asked for, oldest first (one per checkout: a repeated request gets the same refund back). */
  refunds(): (SandboxRefund & { checkoutId: string; reference: string })[];
  close(): Promise<void>;
}

const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});
const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function readCheckoutBody(body: unknown): Omit<SandboxCheckout, 'id' | 'state' | 'createdAt'> | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b.reference !== 'string' || b.reference.length === 0) return 'reference is required';
  if (typeof b.amountIdr !== 'number' || !Number.isInteger(b.amountIdr) || b.amountIdr <= 0)
    return 'amountIdr must be a positive integer';
  if (typeof b.description !== 'string') return 'description is required';
  const customer = b.customer as Record<string, unknown> | undefined;
  if (typeof customer?.name !== 'string' || typeof customer.email !== 'string')
    return 'customer.name and customer.email are required';
  const expiresAt = typeof b.expiresAt === 'string' ? Date.parse(b.expiresAt) : Number.NaN;
  if (Number.isNaN(expiresAt)) return 'expiresAt must be an ISO date-time';
  const url = (v: unknown) => typeof v === 'string' && /^https?:\/\//.test(v);
  if (b.returnUrl !== undefined && !url(b.returnUrl)) return 'returnUrl must be an http(s) URL';
  if (b.notifyUrl !== undefined && !url(b.notifyUrl)) return 'notifyUrl must be an http(s) URL';
  return {
    reference: b.reference,
    amountIdr: b.amountIdr,
    description: b.description,
    customer: { name: customer.name, email: customer.email },
    expiresAt,
    ...(b.returnUrl ? { returnUrl: b.returnUrl as string } : {}),
    ...(b.notifyUrl ? { notifyUrl: b.notifyUrl as string } : {}),
  };
}

function checkoutPage(c: SandboxCheckout, message?: string): string {
  const open = c.state === 'pending';
  const status: Record<CheckoutState, string> = {
    pending: 'Menunggu pembayaran · Awaiting payment',
    paid: 'Pembayaran berhasil · Payment received',
    failed: 'Pembayaran gagal · Payment failed',
    expired: 'Waktu pembayaran habis · Payment window expired',
    refunded: 'Dana dikembalikan · Payment refunded',
  };
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Sandbox payment</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
.amount{font-size:2rem;font-weight:700}button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;cursor:pointer}
.pay{background:#0b7a45;color:#fff;border:0;border-radius:.3rem}.fail{background:#fff;border:1px solid #a00;color:#a00;border-radius:.3rem}</style>
</head><body><main>
<h1>Pembayaran sandbox <small>(sandbox payment)</small></h1>
<p>${escapeHtml(c.description)}</p>
<p class="amount">${escapeHtml(rupiah.format(c.amountIdr))}</p>
<p role="status">${escapeHtml(message ?? status[c.state])}</p>
${
  open
    ? `<form method="post"><button class="pay" name="action" value="pay">Bayar · Pay</button>
<button class="fail" name="action" value="fail">Gagalkan · Fail</button></form>
<p><small>Bayar sebelum ${escapeHtml(new Date(c.expiresAt).toISOString())} · Pay before that time.</small></p>`
    : c.returnUrl
      ? `<p><a href="${escapeHtml(c.returnUrl)}">Kembali ke klinik · Back to the clinic</a></p>`
      : ''
}
</main></body></html>`;
}

/** Starts the sandbox payment gateway on loopback. */
export async function startPaymentSandbox(options: PaymentSandboxOptions = {}): Promise<PaymentSandbox> {
  const apiKey = options.apiKey ?? `sbx_${randomBytes(16).toString('hex')}`;
  const now = () => (options.clock ?? Date).now();
  const checkouts = new Map<string, SandboxCheckout>();
  const faults: PaymentSandboxFaults = {
    rejectCheckouts: false,
    failStatus: false,
    failRefunds: false,
    acceptLatePayments: false,
  };
  let baseUrl = '';
  const refundOrder: string[] = [];

  const authorized = (header: string | undefined) => {
    const expected = Buffer.from(`Bearer ${apiKey}`);
    const given = Buffer.from(header ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const current = (c: SandboxCheckout) => {
    if (c.state === 'pending' && now() >= c.expiresAt && !faults.acceptLatePayments) c.state = 'expired';
    return c;
  };
  const notify = (c: SandboxCheckout) => {
    if (!c.notifyUrl) return;
    // Like real gateways: a best-effort nudge; the merchant must ask for the state itself.
    void fetch(c.notifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: c.id, reference: c.reference, state: c.state }),
    }).catch(() => undefined);
  };
  const settle = (c: SandboxCheckout, outcome: 'paid' | 'failed') => {
    current(c);
    if (c.state !== 'pending') return false;
    c.state = outcome;
    notify(c);
    return true;
  };

  const app = new Hono();
  app.post('/api/checkouts', async (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json({ error: 'unauthorized' }, 401);
    if (faults.rejectCheckouts) return c.json({ error: 'unavailable' }, 503);
    const body = readCheckoutBody(await c.req.json().catch(() => undefined));
    if (typeof body === 'string') return c.json({ error: 'invalid_request', message: body }, 400);
    const checkout: SandboxCheckout = {
      ...body,
      id: `chk_${randomUUID()}`,
      state: 'pending',
      createdAt: now(),
    };
    checkouts.set(checkout.id, checkout);
    return c.json({ id: checkout.id, url: `${baseUrl}/pay/${checkout.id}` }, 201);
  });
  app.get('/api/checkouts/:id', (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json({ error: 'unauthorized' }, 401);
    if (faults.failStatus) return c.json({ error: 'unavailable' }, 503);
    const checkout = checkouts.get(c.req.param('id'));
    if (!checkout) return c.json({ error: 'not_found' }, 404);
    const { id, reference, amountIdr, state } = current(checkout);
    return c.json({ id, reference, amountIdr, state });
  });
  app.post('/api/checkouts/:id/refund', async (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json({ error: 'unauthorized' }, 401);
    if (faults.failRefunds) return c.json({ error: 'unavailable' }, 503);
    const checkout = checkouts.get(c.req.param('id'));
    if (!checkout) return c.json({ error: 'not_found' }, 404);
    const body = (await c.req.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    const amount = body?.amountIdr;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0)
      return c.json({ error: 'invalid_request', message: 'amountIdr must be a positive integer' }, 400);
    const key = c.req.header('idempotency-key');
    const done = checkout.refund;
    if (done) {
      // Asking again (a retry after a timeout) gives the same refund; a different key is a second refund.
      if (done.idempotencyKey !== undefined && done.idempotencyKey === key)
        return c.json({ refundId: done.refundId, amountIdr: done.amountIdr, state: 'refunded' });
      return c.json({ error: 'already_refunded' }, 409);
    }
    if (current(checkout).state !== 'paid') return c.json({ error: 'not_paid', state: checkout.state }, 409);
    if (amount > checkout.amountIdr)
      return c.json({ error: 'invalid_request', message: 'amountIdr exceeds the payment' }, 400);
    checkout.refund = {
      refundId: `rfd_${randomUUID()}`,
      amountIdr: amount,
      reason: typeof body?.reason === 'string' ? body.reason : '',
      idempotencyKey: key,
      at: now(),
    };
    checkout.state = 'refunded';
    refundOrder.push(checkout.id);
    notify(checkout);
    return c.json({ refundId: checkout.refund.refundId, amountIdr: amount, state: 'refunded' });
  });
  app.get('/pay/:id', (c) => {
    const checkout = checkouts.get(c.req.param('id'));
    if (!checkout)
      return c.html('<!doctype html><title>Not found</title><p>Tidak ditemukan · Not found</p>', 404);
    return c.html(checkoutPage(current(checkout)));
  });
  app.post('/pay/:id', async (c) => {
    const checkout = checkouts.get(c.req.param('id'));
    if (!checkout)
      return c.html('<!doctype html><title>Not found</title><p>Tidak ditemukan · Not found</p>', 404);
    const form = await c.req.parseBody();
    const action = form.action === 'pay' ? 'paid' : form.action === 'fail' ? 'failed' : undefined;
    if (!action) return c.html(checkoutPage(checkout, 'Pilih Bayar atau Gagalkan · Choose Pay or Fail'), 400);
    if (!settle(checkout, action)) return c.html(checkoutPage(checkout), 409);
    if (checkout.returnUrl) {
      const back = new URL(checkout.returnUrl);
      back.searchParams.set('payment', checkout.state);
      return c.redirect(back.toString(), 303);
    }
    return c.html(checkoutPage(checkout));
  });

  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${hostname}:${port}`;

  return {
    url: baseUrl,
    apiKey,
    faults,
    checkouts: () => [...checkouts.values()].map((c) => ({ ...current(c) })),
    refunds: () =>
      refundOrder.map((id) => {
        const c = checkouts.get(id) as SandboxCheckout;
        return { ...(c.refund as SandboxRefund), checkoutId: c.id, reference: c.reference };
      }),
    async settle(id, outcome) {
      const checkout = checkouts.get(id);
      if (!checkout) throw new Error(`No checkout ${id}`);
      settle(checkout, outcome);
      return { ...checkout };
    },
    close: () =>
      new Promise((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
