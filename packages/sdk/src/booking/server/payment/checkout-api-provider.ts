import { z } from 'zod';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  TransportError,
} from '../../../errors/remote-errors';
import { parseConfig } from '../../../errors/zod-issues';
import { createHttpClient, type HttpResponse } from '../../../http/http-client';
import { readJson } from '../../../http/response-body';
import { type Logger, redactingLogger, silentLogger } from '../../../logging/logger';
import { Redactor } from '../../../logging/redact';
import type { Checkout, PaymentProvider, PaymentStatus, Refund } from './provider';

export interface CheckoutApiOptions {
  /** The gateway's API root, e.g. the sandbox payment page's `url`. */
  baseUrl: string;
  /** Server key sent as a bearer token; never logged. */
  apiKey: string;
  /** Shown in logs. Default `checkout-api`. */
  name?: string;
  fetch?: typeof fetch;
  logger?: Logger;
  /** Default 15 s. */
  timeoutMs?: number;
}

const optionsSchema = z.object({
  baseUrl: z.url(),
  apiKey: z.string().min(8),
  name: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().optional(),
});

const checkoutSchema = z.object({ id: z.string().min(1), url: z.url() });
const paymentSchema = z.object({
  id: z.string(),
  reference: z.string(),
  amountIdr: z.number(),
  state: z.enum(['pending', 'paid', 'failed', 'expired', 'refunded']),
});
const refundSchema = z.object({ refundId: z.string().min(1), amountIdr: z.number() });

/**
 * A provider for gateways with a plain hosted-checkout API: `POST /api/checkouts` creates a payment page,
 * `GET /api/checkouts/{id}` reports its state, `POST /api/checkouts/{id}/refund` returns a paid one (with an
 * `Idempotency-Key` header), authenticated with a bearer server key. The sandbox payment
 * page speaks it; a production gateway gets its own small provider class.
 */
export function checkoutApiProvider(options: CheckoutApiOptions): PaymentProvider {
  parseConfig(optionsSchema, options, 'payment provider');
  const redactor = new Redactor().addSecret(options.apiKey);
  const logger = redactingLogger(options.logger ?? silentLogger, redactor);
  const http = createHttpClient({
    source: 'payment',
    baseUrl: options.baseUrl,
    logger,
    redactor,
    timeoutMs: options.timeoutMs ?? 15_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const headers = { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' };

  const check = (status: number, body: string, what: string) => {
    if (status === 401 || status === 403)
      throw new AuthenticationError('payment', 'The payment gateway refused the server key.');
    if (status === 404)
      throw new NotFoundError(`The payment gateway knows no such ${what}.`, { source: 'payment' });
    if (status >= 400) {
      throw new TransportError(
        'payment',
        status >= 500 ? 'server_error' : 'unexpected_status',
        `The payment gateway answered HTTP ${status}.`,
        status,
      );
    }
    return body;
  };

  const read = <T>(schema: z.ZodType<T>, response: HttpResponse, what: string): T => {
    const parsed = schema.safeParse(readJson(response, 'payment'));
    if (!parsed.success)
      throw new TransportError(
        'payment',
        'unexpected_body',
        `The payment gateway sent an unreadable ${what}.`,
        response.status,
      );
    return parsed.data;
  };

  return {
    name: options.name ?? 'checkout-api',
    async createCheckout(request): Promise<Checkout> {
      const response = await http.send({
        method: 'POST',
        path: 'api/checkouts',
        headers,
        json: {
          reference: request.reference,
          amountIdr: request.amountIdr,
          description: request.description,
          customer: request.customer,
          expiresAt: new Date(request.expiresAt).toISOString(),
          ...(request.returnUrl ? { returnUrl: request.returnUrl } : {}),
          ...(request.notifyUrl ? { notifyUrl: request.notifyUrl } : {}),
        },
      });
      check(response.status, response.body, 'checkout');
      const data = read(checkoutSchema, response, 'checkout');
      return { paymentId: data.id, url: data.url };
    },
    async getPayment(paymentId): Promise<PaymentStatus> {
      const response = await http.send({
        method: 'GET',
        path: `api/checkouts/${encodeURIComponent(paymentId)}`,
        headers,
      });
      check(response.status, response.body, 'payment');
      const data = read(paymentSchema, response, 'payment');
      return { state: data.state, amountIdr: data.amountIdr, reference: data.reference };
    },
    async refund(request): Promise<Refund> {
      const response = await http.send({
        method: 'POST',
        path: `api/checkouts/${encodeURIComponent(request.paymentId)}/refund`,
        headers: { ...headers, 'idempotency-key': request.idempotencyKey },
        json: { amountIdr: request.amountIdr, reason: request.reason },
      });
      if (response.status === 409)
        throw new ConflictError(
          'The payment gateway cannot refund this payment (not paid, or refunded already).',
          {
            reason: 'not_refundable',
            source: 'payment',
          },
        );
      check(response.status, response.body, 'payment');
      const data = read(refundSchema, response, 'refund');
      return { refundId: data.refundId, amountIdr: data.amountIdr };
    },
  };
}
