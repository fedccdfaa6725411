/**
 * `@sehatkit/elements/controllers`: the logic behind each element without its markup, for hosts that
 * render their own UI (React, Vue) yet want the same validation, states and requests.
 */
export {
  BpjsVerifyController,
  type BpjsVerifyControllerOptions,
  type VerifyState,
  type VerifyStatus,
} from './bpjs-verify-controller';
export { Controller } from './controller';
export {
  DrugAlertsController,
  type DrugAlertsState,
  type OverrideChoice,
  type SignStatus,
} from './drug-alerts-controller';
export { DrugCheckController, type DrugCheckState, type LoadStatus } from './drug-check-controller';
export {
  DrugSearchController,
  type DrugSearchControllerOptions,
  type DrugSearchState,
  type SearchPurpose,
} from './drug-search-controller';
export { highestTier, issuesForLine, lineFromProduct, TIERS } from './tiers';
