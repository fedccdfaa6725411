import { z } from 'zod';
import { TransportError } from '../errors/remote-errors';
import { parseInput } from '../errors/zod-issues';
import { memberNumber } from './fields';
import { route } from './route';
import type { BpjsTransport } from './transport';

export const icareInputSchema = z.object({
  /** param: the member's 13-digit card number. */
  memberNumber,
  /**
   * kodedokter: the pCare doctor code. FKTP peers disagree on whether it is sent (spec §4 [CONFLICT]);
   * it is included only when given, as an integer, which is how the FKRTL variant casts it.
   */
  doctorCode: z
    .union([z.number().int().positive(), z.string().regex(/^\d{1,12}$/, 'must be digits')])
    .optional(),
});

export type IcareInput = z.input<typeof icareInputSchema>;

/**
 * i-Care FKTP: a short-lived link to the member's service history in BPJS's Mobile-Faskes viewer, for the
 * doctor to open (clinics embed it in an iframe or a new tab). Ask at the moment of the click: the token in
 * the URL expires quickly. A 412 whose message carries `HH:MM:SS` becomes a RateLimitError.
 */
export class IcareClient {
  readonly #transport: BpjsTransport;

  constructor(transport: BpjsTransport) {
    this.#transport = transport;
  }

  /** POST `api/pcare/validate`. */
  async validate(input: IcareInput): Promise<{ url: string }> {
    const v = parseInput(icareInputSchema, input, 'i-Care request');
    const r = route('api/pcare/validate');
    const answer = await this.#transport.send({
      method: 'POST',
      route: r,
      body: {
        param: v.memberNumber,
        ...(v.doctorCode !== undefined ? { kodedokter: Number(v.doctorCode) } : {}),
      },
    });
    const data = answer.kind === 'data' ? (answer.data as { url?: unknown }) : undefined;
    const url = typeof data?.url === 'string' ? data.url : undefined;
    if (!url || !/^https?:\/\//.test(url)) {
      throw new TransportError('bpjs', 'unexpected_body', `i-Care answered POST ${r.template} without a URL`);
    }
    return { url };
  }
}
