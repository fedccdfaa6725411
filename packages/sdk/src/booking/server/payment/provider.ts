/**
 * Payment for paid consultations, behind one small interface so a clinic can plug in its gateway
 * (Midtrans, Xendit, DOKU, a bank's virtual accounts) without the booking code knowing which.
 *
 * The flow is pull-based: the booking service never trusts a browser or a webhook body to say "paid";
 * it asks the provider (`getPayment`) whenever a patient returns, a webhook nudges it, or a hold expires.
 * A payment that arrives after its hold lapsed and the time went to someone else is returned (`refund`).
 */

/** `refunded`: paid, then returned in full through `refund`. */
export type PaymentState = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';

export interface CheckoutRequest {
  /** The appointment (hold) id: the gateway's order reference. */
  reference: string;
  amountIdr: number;
  description: string;
  customer: { name: string; email: string };
  /** The hold's expiry: the gateway should refuse payment after it. Epoch ms. */
  expiresAt: number;
  /** Where the gateway sends the patient back after paying or giving up. */
  returnUrl?: string;
  /** Where the gateway may POST to say something changed (the booking service then asks `getPayment`). */
  notifyUrl?: string;
}

export interface Checkout {
  paymentId: string;
  /** The page where the patient pays. */
  url: string;
}

export interface PaymentStatus {
  state: PaymentState;
  amountIdr: number;
  reference: string;
}

export interface RefundRequest {
  paymentId: string;
  /** What goes back to the patient: what they paid. */
  amountIdr: number;
  /** Why, for the gateway's records, e.g. `slot_taken`. */
  reason: string;
  /**
   * The same key must give the same refund, never a second one: the booking service may ask again after a
   * timeout, or from two servers at once. Gateways take it as an idempotency key.
   */
  idempotencyKey: string;
}

export interface Refund {
  refundId: string;
  amountIdr: number;
}

export interface PaymentProvider {
  /** Shown in logs: `midtrans`, `sandbox`. */
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  getPayment(paymentId: string): Promise<PaymentStatus>;
  /** Returns a completed payment to the patient (a void where the gateway has not captured it yet). */
  refund(request: RefundRequest): Promise<Refund>;
}
