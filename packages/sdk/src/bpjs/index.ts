/**
 * @sehatkit/sdk/bpjs: BPJS Kesehatan FKTP services. pCare v4, i-Care and Antrean Online FKTP clients
 * (server-side: they hold the consumer secret), the web service a clinic hosts for Mobile JKN, and the
 * protocol pieces (signing, envelope, decryption) for anyone building on them.
 */
export * from './antrean/index';
export { BpjsClock } from './bpjs-clock';
export { BpjsClient, createBpjsClient } from './client';
export { BPJS_BASE_URLS, type BpjsClientOptions, type BpjsEnvironment } from './config';
export { fromPcareDate, toPcareDate } from './dates';
export { decompress, decryptJson, decryptResponse, type ResponseSecret } from './decrypt';
export { type BpjsEnvelope, openEnvelope, readEnvelope } from './envelope';
export { IcareClient, type IcareInput } from './icare';
export * from './pcare/index';
export { type BpjsService, waitFromMessage } from './remote-failure';
export { deriveResponseKey, type ResponseKey } from './response-key';
export {
  bpjsAuthorization,
  bpjsSignature,
  bpjsTimestamp,
  DEFAULT_APP_CODE,
  signedHeaders,
} from './signature';
export { type BpjsAnswer, type BpjsCall, BpjsTransport } from './transport';
