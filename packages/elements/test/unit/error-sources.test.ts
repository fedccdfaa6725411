import { describe, expect, it } from 'vitest';
import { EndpointError } from '../../src/api/endpoint-error';
import { common as en } from '../../src/translations/en';
import { common as id } from '../../src/translations/id';

// Every failing system the SDK can name reaches the page under its own name, in both languages.
describe('error sources', () => {
  it("keeps a payment failure attributed to the payment service, and counts a source it does not know as the handler's own", () => {
    const payment = EndpointError.fromProblem(502, { code: 'TRANSPORT_FAILED', source: 'payment' }, null);
    expect(payment.source).toBe('payment');
    const unknown = EndpointError.fromProblem(502, { code: 'TRANSPORT_FAILED', source: 'toString' }, null);
    expect(unknown.source).toBe('sehatkit');
  });

  it('names the failing service in Indonesian and English', () => {
    expect(id.error('TRANSPORT_FAILED', 'payment', undefined)).toBe(
      'Layanan pembayaran sedang tidak tersedia. Coba lagi nanti.',
    );
    expect(id.error('TRANSPORT_FAILED', 'bpjs', undefined)).toBe(
      'BPJS Kesehatan sedang tidak tersedia. Coba lagi nanti.',
    );
    expect(en.error('TRANSPORT_FAILED', 'payment', undefined)).toBe(
      'The payment service is unavailable at the moment. Try again later.',
    );
    expect(en.error('REMOTE_VALIDATION_FAILED', 'bpjs', undefined)).toBe(
      'BPJS Kesehatan rejected this request.',
    );
    // An inherited property name is not a service.
    expect(en.error('TRANSPORT_FAILED', 'constructor', undefined)).toBe(
      "The clinic's server is unavailable at the moment. Try again later.",
    );
  });
});
