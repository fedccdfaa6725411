/**
 * @sehatkit/sdk/drugs: the drug dictionary and safety checks. A knowledge base we write and cite (see
 * `@sehatkit/sdk/drugs/knowledge-base`), product catalogues (KFA, the host's inventory, the sandbox seed),
 * type-ahead search, the check engine, alert policy, and FHIR DetectedIssue / CDS Hooks output.
 */

export { golonganFromKfaName, golonganFromNie } from './catalogue/golongan';
export { createKfaCatalogue, type KfaCatalogueOptions, type KfaLookup } from './catalogue/kfa-catalogue';
export { type KfaProductLike, productFromKfa } from './catalogue/kfa-mapping';
export {
  combineCatalogues,
  createHostCatalogue,
  createKfaRecordCatalogue,
  type HostProduct,
} from './catalogue/local-catalogue';
export type { ProductCatalogue, ProductIngredient, ProductRecord } from './catalogue/product';
export { normalizeRoute } from './catalogue/route';
export {
  type CompileInput,
  type CompileResult,
  compileKnowledgeBase,
  type SourceFile,
} from './compiler/compile';
export { type CoverageReport, coverageOf, formatCoverage } from './compiler/coverage';
export { type CheckInput, type CheckOptions, check } from './engine/check';
export {
  GOLONGAN,
  type Golongan,
  type MedicationLine,
  type PatientAllergy,
  type PatientContext,
} from './engine/input';
export type { AllergyMatchLevel, DrugIssue, IssueCategory, IssueKind, Tier } from './engine/issue';
export { defaultKnowledgeBase } from './kb/default';
export { KnowledgeBase, loadKnowledgeBase } from './kb/knowledge-base';
export { type CdsCard, type CdsCardOptions, toCdsCards } from './output/cds-hooks';
export {
  ACT_CODE_SYSTEM,
  type DetectedIssueOptions,
  SEHATKIT_ISSUE_SYSTEM,
  toDetectedIssue,
} from './output/detected-issue';
export { type DrugAlertStore, memoryAlertStore, type OverrideRecord } from './policy/alert-store';
export { type AlertCounts, createAlertCounter, type DrugAlertMetrics } from './policy/metrics';
export {
  OVERRIDE_REASON_SYSTEM,
  OVERRIDE_REASONS,
  type OverrideReason,
  overrideReason,
} from './policy/override-reasons';
export { type ActiveSuppression, type Policy, type PolicyInput, policySchema } from './policy/policy';
export { drugAlertMigrations, sqlAlertStore } from './policy/sql-alert-store';
export * from './schema/index';
export { foldToken, nameKey, tokenize } from './search/normalise';
export { DrugSearchIndex, type SearchDocument, type SearchHit } from './search/search-index';
export {
  type CheckRequest,
  type CheckResult,
  createDrugSafety,
  DrugSafety,
  type DrugSafetyOptions,
  type OrderInput,
  type OverrideRequest,
  type SearchResult,
} from './service';
