/**
 * The JSON of the drug routes, as `<sehat-drug-*>` elements read it. The route maps the drug engine's
 * records to these shapes in one place, so the elements do not follow every change inside the engine.
 */

/** Every reader-facing text comes in Bahasa Indonesia and English; the element picks by its `lang`. */
export interface LocalText {
  id: string;
  en: string;
}

/** Golongan obat, from KFA or the NIE's second letter (specs/drug-knowledge.md 3.3). */
export type Golongan = 'narkotika' | 'psikotropika' | 'obat-keras' | 'bebas-terbatas' | 'bebas';

/** Presentation tiers of the alert-fatigue policy (specs/drug-knowledge.md 6.5). */
export type Tier = 'hard-stop' | 'interruptive' | 'passive' | 'suppressed';

export type Severity = 'CI' | 'MAJ' | 'MOD' | 'MIN';

/**
 * What a finding is about, as HL7 v3 ActCode detected-issue codes (DRG interaction, ALGY allergy, DUPTHPY
 * duplicate therapy, DOSEH high dose, PREG, LACT, PEALRT/GEALRT age, COND condition) plus NOT_CHECKED.
 */
export type IssueKind =
  | 'DRG'
  | 'ALGY'
  | 'DUPTHPY'
  | 'DOSEH'
  | 'PREG'
  | 'LACT'
  | 'PEALRT'
  | 'GEALRT'
  | 'COND'
  | 'NOT_CHECKED';

/** How a recorded allergy matched the prescribed drug: same ingredient, same group, or cross-sensitivity. */
export type AllergyMatchLevel = 'exact' | 'same-group' | 'cross-sensitivity';

/** A source a reader can look up: a label section, a regulator communication, a guideline or a paper. */
export interface CitationView {
  title: string;
  section?: string;
  publisher?: string;
  year?: number;
  id?: string;
  url?: string;
}

export interface IngredientStrength {
  name: string;
  strength?: string;
}

/** A search hit: enough to recognise the product and pick it. */
export interface ProductSummary {
  /**
   * `product`: a catalogue product, `code` is its KFA (93… POA, 92… POV) or host code. `ingredient`: a
   * generic from the knowledge base (prescribing by INN, or a medicine a patient names), `code` is its id.
   */
  kind: 'product' | 'ingredient';
  code: string;
  name: string;
  ingredients: IngredientStrength[];
  dosageForm?: string;
  golongan?: Golongan;
  manufacturer?: string;
}

/** `GET /drugs/search` answer. */
export interface DrugSearchResponse {
  results: ProductSummary[];
}

export interface ContraindicationView {
  category: string;
  text: LocalText;
  sources: CitationView[];
}

/** `GET /drugs/products/{code}` answer: the seed's basic information plus the advanced information. */
export interface ProductDetail extends ProductSummary {
  route?: string;
  releasePattern?: string;
  flavour?: string;
  /** Nomor izin edar (BPOM registration number). */
  registrationNumber?: string;
  packaging?: string;
  boxedWarnings: { summary: LocalText; sources: CitationView[] }[];
  contraindications: ContraindicationView[];
}

export interface OverrideReasonView {
  code: string;
  label: LocalText;
  /** `other`: a free-text note is required. */
  requiresNote: boolean;
}

/** One finding of a prescription check, for one patient. */
export interface DrugIssue {
  /** Stable for the same finding on the same lines; override records refer to it. */
  id: string;
  kind: IssueKind;
  severity: Severity;
  tier: Tier;
  /** Ids of the medication lines involved (as the caller named them), new orders first. */
  lines: string[];
  ruleId?: string;
  summary: LocalText;
  detail: LocalText;
  management?: LocalText;
  /** For allergy findings: which recorded allergen matched, and how. */
  allergy?: { allergen: string; matchLevel: AllergyMatchLevel };
  evidence: CitationView[];
  /** Interruptive and hard-stop findings need a coded override reason before signing. */
  overrideRequired: boolean;
  /**
   * Present when `overrideRequired`: the server's signed statement of this finding for this patient,
   * sent back with the override so the record cannot be made to say a milder finding was overridden.
   */
  overrideToken?: string;
}

/** One line of a prescription or of what the patient already takes. */
export interface MedicationLineInput {
  /** The caller's id for the line; findings point back to it. */
  id: string;
  /** A product code from the catalogue (KFA 93…/92… or the host's own). */
  productCode?: string;
  /** A knowledge-base ingredient id (a search hit of kind `ingredient`). */
  ingredientId?: string;
  /** Free text when nothing is coded ("obat yang sedang dikonsumsi" from another facility). */
  text?: string;
  display?: string;
  dose?: { amount: number; unit: string; perDay: number };
}

/** The patient facts a check uses; never a NIK. */
export interface PatientContextInput {
  id?: string;
  ageYears?: number;
  sex?: 'female' | 'male';
  weightKg?: number;
  pregnancy?: { pregnant: boolean; gestationalWeek?: number };
  lactating?: boolean;
  egfr?: number;
  hepaticImpairment?: 'none' | 'mild' | 'moderate' | 'severe';
  /** ICD-10 codes. */
  conditions?: string[];
  allergies?: {
    name?: string;
    ingredientId?: string;
    kfaCode?: string;
    atc?: string;
    classId?: string;
    type?: 'allergy' | 'intolerance';
    severeReaction?: boolean;
  }[];
}

/** `POST /drugs/check` body. The clinic's policy stays on the server; a page cannot loosen it. */
export interface DrugCheckRequest {
  orders: MedicationLineInput[];
  currentMedications?: MedicationLineInput[];
  patient?: PatientContextInput;
}

/** `POST /drugs/check` answer. */
export interface DrugCheckResponse {
  issues: DrugIssue[];
  /** The most urgent tier among the issues; absent when there are none. */
  highestTier?: Tier;
  /** Coded reasons a prescriber may give for proceeding, in the order to offer them. */
  overrideReasons: OverrideReasonView[];
  /** Version of the knowledge base the findings come from, for the record. */
  knowledgeBase?: string;
}

/** What the prescriber chose for one finding that needed a reason. */
export interface OverrideDraft {
  issueId: string;
  /** The finding's `overrideToken`. */
  token: string;
  reasonCode: string;
  /** Free text; required by reasons with `requiresNote`. */
  note?: string;
  /** The second person a hard stop needs, as the host identified them. */
  coSignedBy?: string;
}

/** `POST /drugs/overrides` body. The patient is the one the check was for (carried by the tokens). */
export interface OverrideRequest {
  overrides: OverrideDraft[];
}

/** An override as the server stored it. */
export interface OverrideRecord {
  id: string;
  issueId: string;
  ruleId?: string;
  reasonCode: string;
  note?: string;
  patientId: string;
  /** The staff id the host's authorize hook returned. */
  recordedBy: string;
  coSignedBy?: string;
  recordedAt: string;
  /** Until when the same finding is not raised again for this patient. */
  suppressedUntil?: string;
}

/** `GET /drugs/override-reasons` answer. */
export interface OverrideReasonsResponse {
  overrideReasons: OverrideReasonView[];
}

/** `POST /drugs/overrides` answer. */
export interface OverrideResponse {
  records: OverrideRecord[];
}
