export {
  type CheckoutState,
  type PaymentSandbox,
  type PaymentSandboxFaults,
  type PaymentSandboxOptions,
  type SandboxCheckout,
  startPaymentSandbox,
} from './payment-sandbox';
