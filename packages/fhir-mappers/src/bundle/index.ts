export { randomUuid, sequentialUuids, type UuidSource } from './uuid';
export { buildVisitBundle, type VisitBundleOptions } from './visit-bundle';
