import { generateKeyPairSync } from 'node:crypto';

export interface KycSession {
  token: string;
  agentName: string;
  agentNik: string;
  createdAt: number;
}

export interface ChallengeCode {
  nik: string;
  code: string;
  expiresAt: number;
}

let processKeyPair: { publicKeyPem: string; privateKeyPem: string } | undefined;

/** One RSA-2048 pair per process: generating it takes a noticeable fraction of a second. */
function defaultKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  if (!processKeyPair) {
    const pair = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    processKeyPair = { publicKeyPem: pair.publicKey, privateKeyPem: pair.privateKey };
  }
  return processKeyPair;
}

/** The simulator's KYC key pair (its public key stands in for SATUSEHAT's) and the sessions it issued. */
export class KycState {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
  readonly sessions = new Map<string, KycSession>();
  readonly challenges = new Map<string, ChallengeCode>();

  constructor(keyPair?: { publicKeyPem: string; privateKeyPem: string }) {
    const pair = keyPair ?? defaultKeyPair();
    this.publicKeyPem = pair.publicKeyPem;
    this.privateKeyPem = pair.privateKeyPem;
  }
}
