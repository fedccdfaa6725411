import { z } from 'zod';
import { ConfigurationError } from '../../errors/configuration-error';
import { TransportError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import { nikSchema } from '../fhir/inputs';
import type { SatuSehatTransport } from '../transport/satusehat-transport';
import { decryptMessage, encryptMessage, generateExchangeKeyPair, importRecipientKey } from './hybrid-crypto';

export interface KycUrlRequest {
  /** The staff member (petugas) running the verification. */
  agentName: string;
  /** Their NIK. */
  agentNik: string;
}

export interface KycSession {
  agentName: string;
  agentNik: string;
  token: string;
  /** The validation page to embed in an iframe. */
  url: string;
}

export interface ChallengeCodeRequest {
  /** The patient's NIK. */
  nik: string;
  /** The patient's name. */
  name: string;
}

export interface ChallengeCode {
  nik: string;
  name: string;
  ihsNumber: string;
  /** The code the patient sees in SATUSEHAT Mobile. */
  challengeCode: string;
  createdAt: string;
  expiresAt: string;
}

const urlRequestSchema = z.strictObject({
  agentName: z.string().trim().min(1).max(200),
  agentNik: nikSchema,
});
const challengeSchema = z.strictObject({ nik: nikSchema, name: z.string().trim().min(1).max(200) });

const sessionSchema = z.object({
  metadata: z.object({ code: z.coerce.string() }),
  data: z.object({ agent_name: z.string(), agent_nik: z.string(), token: z.string(), url: z.string() }),
});
const challengeResponseSchema = z.object({
  data: z.object({
    nik: z.string(),
    name: z.string(),
    ihs_number: z.string(),
    challenge_code: z.coerce.string(),
    created_timestamp: z.string(),
    expired_timestamp: z.string(),
  }),
});

/** Patient identity verification through SATUSEHAT Mobile (satusehat.md §6). */
export class KycClient {
  readonly #t: SatuSehatTransport;
  readonly #serverKeyPem: string | undefined;
  #serverKey: Promise<CryptoKey> | undefined;

  constructor(transport: SatuSehatTransport, serverPublicKeyPem: string | undefined) {
    this.#t = transport;
    this.#serverKeyPem = serverPublicKeyPem;
  }

  #recipient(): Promise<CryptoKey> {
    if (!this.#serverKeyPem) {
      throw new ConfigurationError('SatuSehatClient', [
        {
          path: 'kyc.serverPublicKey',
          message: 'Required for KYC: the SATUSEHAT public key payloads are encrypted to',
        },
      ]);
    }
    this.#serverKey ??= importRecipientKey(this.#serverKeyPem);
    return this.#serverKey;
  }

  /**
   * `POST /kyc/v1/generate-url` with the encrypted payload: a one-off key pair is made, its public half
   * sent inside the message, and the answer decrypted with its private half.
   */
  async generateUrl(request: KycUrlRequest): Promise<KycSession> {
    const input = parseInput(urlRequestSchema, request, 'KYC URL request');
    const recipient = await this.#recipient();
    const exchange = await generateExchangeKeyPair();
    const payload = JSON.stringify({
      agent_name: input.agentName,
      agent_nik: input.agentNik,
      public_key: exchange.publicKeyPem,
    });
    const action = 'KYC generate-url';
    const response = await this.#t.send({
      api: 'kyc',
      method: 'POST',
      path: 'generate-url',
      body: await encryptMessage(new TextEncoder().encode(payload), recipient),
      headers: { 'content-type': 'text/plain' },
      action,
    });
    if (response.status < 200 || response.status >= 300) throw this.#t.error(response, action);
    const plain = new TextDecoder().decode(await decryptMessage(response.body, exchange.privateKey));
    let parsed: z.output<typeof sessionSchema>;
    try {
      parsed = sessionSchema.parse(JSON.parse(plain));
    } catch {
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        'SATUSEHAT answered KYC generate-url in an unknown shape',
      );
    }
    const d = parsed.data;
    return { agentName: d.agent_name, agentNik: d.agent_nik, token: d.token, url: d.url };
  }

  /** `POST /kyc/v1/challenge-code` (`request_per_nik`): the code the patient confirms in SATUSEHAT Mobile. */
  async challengeCode(request: ChallengeCodeRequest): Promise<ChallengeCode> {
    const input = parseInput(challengeSchema, request, 'KYC challenge request');
    const { body } = await this.#t.json({
      api: 'kyc',
      method: 'POST',
      path: 'challenge-code',
      json: { metadata: { method: 'request_per_nik' }, data: { nik: input.nik, name: input.name } },
      action: 'KYC challenge-code',
    });
    const parsed = challengeResponseSchema.safeParse(body);
    if (!parsed.success)
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        'SATUSEHAT answered KYC challenge-code in an unknown shape',
      );
    const d = parsed.data.data;
    return {
      nik: d.nik,
      name: d.name,
      ihsNumber: d.ihs_number,
      challengeCode: d.challenge_code,
      createdAt: d.created_timestamp,
      expiresAt: d.expired_timestamp,
    };
  }
}
