export type { KfaProduct } from './kfa-product';
export { kfaProducts } from './products';
