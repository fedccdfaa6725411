import type { EndpointClient } from '../api/endpoint-client';
import type { EndpointError } from '../api/endpoint-error';
import type {
  DrugCheckRequest,
  DrugCheckResponse,
  DrugIssue,
  OverrideReasonView,
  ProductDetail,
  Tier,
} from '../api/wire';
import { Controller } from './controller';
import { asEndpointError, isAbort } from './failure';
import { highestTier, issuesForLine } from './tiers';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DrugCheckState {
  status: LoadStatus;
  issues: DrugIssue[];
  highestTier: Tier | undefined;
  overrideReasons: OverrideReasonView[];
  error: EndpointError | undefined;
  productStatus: LoadStatus;
  product: ProductDetail | undefined;
  productError: EndpointError | undefined;
}

/**
 * The findings for one prescribed product and its detail: checked by the server handler
 * (`POST drugs/check`), or handed over precomputed by a host that already checked the whole prescription.
 */
export class DrugCheckController extends Controller<DrugCheckState> {
  readonly #client: () => EndpointClient;
  #check: AbortController | undefined;
  #detail: AbortController | undefined;

  constructor(client: () => EndpointClient) {
    super({
      status: 'idle',
      issues: [],
      highestTier: undefined,
      overrideReasons: [],
      error: undefined,
      productStatus: 'idle',
      product: undefined,
      productError: undefined,
    });
    this.#client = client;
  }

  /** Findings computed elsewhere: no request is made. */
  setIssues(issues: DrugIssue[]): void {
    this.#check?.abort();
    this.update({ status: 'ready', issues, highestTier: highestTier(issues), error: undefined });
  }

  /**
   * Checks `request`; resolves with the findings (only those about `lineId` when given), or undefined
   * after a failure the state describes.
   */
  async check(request: DrugCheckRequest, lineId?: string): Promise<DrugIssue[] | undefined> {
    this.#check?.abort();
    const inflight = new AbortController();
    this.#check = inflight;
    this.update({ status: 'loading', error: undefined });
    try {
      const answer = await this.#client().post<DrugCheckResponse>('drugs/check', request, inflight.signal);
      const issues = lineId === undefined ? answer.issues : issuesForLine(answer.issues, lineId);
      this.update({
        status: 'ready',
        issues,
        highestTier: highestTier(issues),
        overrideReasons: answer.overrideReasons,
      });
      return issues;
    } catch (error) {
      if (isAbort(error)) return undefined;
      this.update({ status: 'error', issues: [], highestTier: undefined, error: asEndpointError(error) });
      return undefined;
    }
  }

  /** Loads the product's basic and advanced information once per code. */
  async loadProduct(code: string): Promise<ProductDetail | undefined> {
    if (this.state.product?.code === code) return this.state.product;
    this.#detail?.abort();
    const inflight = new AbortController();
    this.#detail = inflight;
    this.update({ productStatus: 'loading', productError: undefined });
    try {
      const product = await this.#client().get<ProductDetail>(
        `drugs/products/${encodeURIComponent(code)}`,
        {},
        inflight.signal,
      );
      this.update({ productStatus: 'ready', product });
      return product;
    } catch (error) {
      if (isAbort(error)) return undefined;
      this.update({ productStatus: 'error', product: undefined, productError: asEndpointError(error) });
      return undefined;
    }
  }
}
