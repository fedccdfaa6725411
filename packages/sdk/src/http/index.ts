export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type RetryPolicy,
} from './http-client';
export { isHtml, readJson, retryAfterMs } from './response-body';
