import { EndpointError } from '../api/endpoint-error';

/** Anything a request can reject with, as the EndpointError the elements localise. */
export function asEndpointError(error: unknown): EndpointError {
  if (error instanceof EndpointError) return error;
  return new EndpointError('TRANSPORT_FAILED', 0, 'The request failed before an answer arrived.', {
    reason: 'client_error',
    cause: error,
  });
}

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
