export { EndpointClient, type EndpointOptions } from './endpoint-client';
export { EndpointError, isEndpointError, type ProblemBody } from './endpoint-error';
export type * from './wire';
