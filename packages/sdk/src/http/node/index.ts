/**
 * @sehatkit/sdk/http/node: Node-only transport for the SDK's clients (their `fetch` option). The clients
 * themselves stay runtime-neutral; import this only where `node:http` exists.
 */
export { createNodeFetch, type NodeFetchOptions } from './node-fetch';
