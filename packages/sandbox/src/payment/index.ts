export {
  type CheckoutState,
  type PaymentSandbox,
  type PaymentSandboxFaults,
  type PaymentSandboxOptions,
  type SandboxCheckout,
  type SandboxRefund,
  startPaymentSandbox,
} from './payment-sandbox';
