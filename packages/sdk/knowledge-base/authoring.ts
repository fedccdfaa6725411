/**
 * Helpers for source files: short constructors for the records authors write most, and the citations that
 * many entries share. Every helper returns plain data that the compiler validates like any other entry.
 */
import type { Citation, RouteQualifier, Text } from '../src/drugs/schema/primitives';
import type {
  Context,
  ContraindicationRuleSource,
  LactationLevel,
  PregnancyLevel,
} from '../src/drugs/schema/records';

/** The date entries written in this release were last checked against their sources. */
export const REVIEWED = '2026-11-22';

export function t(id: string, en: string): Text {
  return { id, en };
}

/** A section of a US prescribing information (FDA label; public domain, also in DailyMed and openFDA). */
export function label(product: string, section: string): Citation {
  return { kind: 'label', title: `${product}: US prescribing information (FDA label)`, section };
}

/** A section of an OTC Drug Facts label (FDA monograph product). */
export function drugFacts(product: string, section = 'Warnings'): Citation {
  return { kind: 'label', title: `${product}: OTC Drug Facts label (FDA)`, section };
}

/** A section of a UK Summary of Product Characteristics (for products without a US label, e.g. domperidone). */
export function smpc(product: string, section: string): Citation {
  return {
    kind: 'label',
    title: `${product}: Summary of Product Characteristics (UK, electronic Medicines Compendium)`,
    section,
  };
}

/** The LactMed record for a drug; cite with a label section, never alone. */
export function lactmed(drug: string): Citation {
  return {
    kind: 'reference',
    title: `Drugs and Lactation Database (LactMed): ${drug}`,
    publisher: 'National Institute of Child Health and Human Development, Bethesda (MD)',
    year: 2006,
  };
}

export function fda(title: string, year: number): Citation {
  return {
    kind: 'regulator',
    title: `FDA Drug Safety Communication: ${title}`,
    publisher: 'US Food and Drug Administration',
    year,
  };
}

export function mhra(title: string, year: number): Citation {
  return {
    kind: 'regulator',
    title: `Drug Safety Update: ${title}`,
    publisher: 'Medicines and Healthcare products Regulatory Agency (UK)',
    year,
  };
}

export function ema(title: string, year: number): Citation {
  return { kind: 'regulator', title, publisher: 'European Medicines Agency', year };
}

export function guideline(title: string, publisher: string, year: number): Citation {
  return { kind: 'guideline', title, publisher, year };
}

export function paper(title: string, journal: string, year: number, id?: string): Citation {
  return { kind: 'paper', title, publisher: journal, year, ...(id ? { id } : {}) };
}

/** Shared citations. */
export const ONC_HIGH_PRIORITY = paper(
  'Phansalkar S et al. High-priority drug-drug interactions for use in electronic health records',
  'J Am Med Inform Assoc 2012;19(5):735-743',
  2012,
  'PMC3422823',
);
export const ONC_NON_INTERRUPTIVE = paper(
  'Phansalkar S et al. Drug-drug interactions that should be non-interruptive in order to reduce alert fatigue in EHRs',
  'J Am Med Inform Assoc 2013;20(3):489-493',
  2013,
  'PMC3628052',
);
export const FDA_DDI_TABLE: Citation = {
  kind: 'regulator',
  title: 'Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers',
  publisher: 'US Food and Drug Administration',
  year: 2023,
};
export const DEPKES_PREGNANCY_2006 = guideline(
  'Pedoman Pelayanan Farmasi untuk Ibu Hamil dan Menyusui',
  'Departemen Kesehatan RI',
  2006,
);
export const FDA_NSAID_20_WEEKS = fda(
  'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid',
  2020,
);
export const DRUG_ALLERGY_2022 = paper(
  'Khan DA et al. Drug allergy: a 2022 practice parameter update',
  'J Allergy Clin Immunol 2022;150(6):1333-1393',
  2022,
);
export const WHO_TB_2022 = guideline(
  'WHO consolidated guidelines on tuberculosis, Module 4: treatment, drug-susceptible tuberculosis treatment',
  'World Health Organization',
  2022,
);
export const WHO_HIV_2021 = guideline(
  'Consolidated guidelines on HIV prevention, testing, treatment, service delivery and monitoring',
  'World Health Organization',
  2021,
);
export const WHO_MALARIA = guideline('WHO guidelines for malaria', 'World Health Organization', 2023);
export const WHO_MEC_2015 = guideline(
  'Medical eligibility criteria for contraceptive use, 5th edition',
  'World Health Organization',
  2015,
);
export const PNPK_MALARIA = guideline(
  'Pedoman Nasional Pelayanan Kedokteran Tata Laksana Malaria',
  'Kementerian Kesehatan RI',
  2019,
);
export const PNPK_TB = guideline(
  'Pedoman Nasional Pelayanan Kedokteran Tata Laksana Tuberkulosis',
  'Kementerian Kesehatan RI',
  2019,
);
export const ACOG_HYPERTENSION_2019 = guideline(
  'ACOG Practice Bulletin No. 203: Chronic hypertension in pregnancy',
  'Obstet Gynecol 2019;133(1):e26-e50',
  2019,
);
/** Case-crossover study of hospital admissions for drug toxicity in older adults (glyburide + co-trimoxazole, ACE inhibitor + potassium-sparing diuretic, digoxin + clarithromycin). */
export const JUURLINK_2003 = paper(
  'Juurlink DN et al. Drug-drug interactions among elderly patients hospitalized for drug toxicity',
  'JAMA 2003;289(13):1652-1658',
  2003,
);
export const KDIGO_CKD_2012 = guideline(
  'KDIGO 2012 clinical practice guideline for the evaluation and management of chronic kidney disease',
  'Kidney Int Suppl 2013;3(1):1-150',
  2013,
);

export interface BlockInput {
  id: string;
  en: string;
  sources: Citation[];
  trimesters?: (1 | 2 | 3)[];
  fromWeek?: number;
  otherwise?: PregnancyLevel;
  alternatives?: string[];
}

export function pregnancy(level: PregnancyLevel, block: BlockInput) {
  const { id, en, ...rest } = block;
  return { level, summary: t(id, en), ...rest };
}

export function lactation(level: LactationLevel, block: Omit<BlockInput, 'trimesters'>) {
  const { id, en, ...rest } = block;
  return { level, summary: t(id, en), ...rest };
}

type Membership =
  | string
  | { class: string; route?: RouteQualifier[]; minDailyDoseMg?: number; maxDailyDoseMg?: number };

export interface DrugOptions {
  classes?: Membership[];
  pregnancy: ReturnType<typeof pregnancy>;
  lactation: ReturnType<typeof lactation>;
  boxedWarnings?: { summary: Text; sources: Citation[] }[];
  maxDailyDose?: {
    mg: number;
    route?: RouteQualifier;
    population?: 'adult' | 'child';
    perKg?: boolean;
    sources: Citation[];
  }[];
  flags?: { narrowTherapeuticIndex?: boolean; highAlert?: boolean };
  kfaBza?: string[];
  /** Defaults to the label's Indications section of the product named by the INN. */
  sources?: Citation[];
}

/**
 * An ingredient in one call: `names` is [INN, Indonesian spelling, ...synonyms]. The English name is the INN
 * unless a synonym is given as `en:<name>`.
 */
export function drug(id: string, names: string[], o: DrugOptions) {
  const [inn, idName, ...rest] = names as [string, string, ...string[]];
  const enTag = rest.find((n) => n.startsWith('en:'));
  const synonyms = rest.filter((n) => !n.startsWith('en:'));
  return {
    id,
    names: { inn, id: idName, en: enTag ? enTag.slice(3) : inn, synonyms },
    kfaBza: o.kfaBza ?? [],
    classes: o.classes ?? [],
    flags: o.flags ?? {},
    pregnancy: o.pregnancy,
    lactation: o.lactation,
    boxedWarnings: o.boxedWarnings ?? [],
    maxDailyDose: o.maxDailyDose ?? [],
    sources: o.sources ?? [label(enTag ? enTag.slice(3) : inn, 'Indications and Usage')],
    reviewed: REVIEWED,
  };
}

/** Pregnancy block: level, Indonesian text, English text, citations. */
export function P(
  level: PregnancyLevel,
  id: string,
  en: string,
  sources: Citation[],
  extra: {
    trimesters?: (1 | 2 | 3)[];
    fromWeek?: number;
    otherwise?: PregnancyLevel;
    alternatives?: string[];
  } = {},
) {
  return pregnancy(level, { id, en, sources, ...extra });
}

/** Lactation block: level, Indonesian text, English text, citations. */
export function L(
  level: LactationLevel,
  id: string,
  en: string,
  sources: Citation[],
  alternatives?: string[],
) {
  return lactation(level, { id, en, sources, ...(alternatives ? { alternatives } : {}) });
}

/** A boxed-warning summary in our own words with its label citation. */
export function boxed(id: string, en: string, sources: Citation[]) {
  return { summary: t(id, en), sources };
}

/** A section of an EU Summary of Product Characteristics (for products without a US or UK label). */
export function euSmpc(product: string, section: string): Citation {
  return { kind: 'label', title: `${product}: Summary of Product Characteristics (EU)`, section };
}

type ClassKindName =
  | 'pharmacologic'
  | 'mechanism'
  | 'effect'
  | 'chemical'
  | 'allergy-group'
  | 'duplication-group';

/** A class in one call: id, kind, Indonesian and English labels, citations, and optional extras. */
export function klass(
  id: string,
  kind: ClassKindName,
  idLabel: string,
  enLabel: string,
  sources: Citation[],
  extra: {
    atc?: string[];
    members?: (string | { ingredient: string; route?: RouteQualifier[]; minDailyDoseMg?: number })[];
    description?: [string, string];
    expectedCombinations?: string[][];
  } = {},
) {
  return {
    id,
    kind,
    labels: t(idLabel, enLabel),
    ...(extra.description ? { description: t(extra.description[0], extra.description[1]) } : {}),
    atcAnchors: extra.atc ?? [],
    members: extra.members ?? [],
    expectedCombinations: extra.expectedCombinations ?? [],
    sources,
    reviewed: REVIEWED,
  };
}

export const WHO_ANC_REF = guideline(
  'WHO recommendations on antenatal care for a positive pregnancy experience',
  'World Health Organization',
  2016,
);

type SelectorInput =
  | string
  | { ingredient?: string; class?: string; route?: RouteQualifier[]; minDailyDoseMg?: number };
type MechanismCode =
  | 'PK-inhibition'
  | 'PK-induction'
  | 'PK-absorption'
  | 'PK-renal'
  | 'PD-additive'
  | 'PD-antagonism';

function selector(s: SelectorInput) {
  if (typeof s !== 'string') return s;
  return /^(cls|alg|dup)\./.test(s) ? { class: s } : { ingredient: s };
}

export interface DdiOptions {
  severity: 'CI' | 'MAJ' | 'MOD' | 'MIN';
  doc: 'established' | 'probable' | 'suspected' | 'theoretical';
  mech: [MechanismCode, string, string];
  effect: [string, string];
  manage: [string, string];
  sources: Citation[];
  onset?: 'rapid' | 'delayed';
  nonInterruptive?: boolean;
  actions?: {
    kind:
      | 'avoid'
      | 'use-alternative'
      | 'reduce-dose'
      | 'separate-administration'
      | 'monitor'
      | 'limit-duration';
    parameter?: string;
    hours?: number;
    alternatives?: string[];
  }[];
  modifiers?: {
    when: Context;
    severity: 'CI' | 'MAJ' | 'MOD' | 'MIN';
    note: [string, string];
  }[];
}

/** An interaction rule in one call; `a` and `b` are ingredient ids or class ids (cls./alg./dup.). */
export function ddi(id: string, a: SelectorInput, b: SelectorInput, o: DdiOptions) {
  return {
    id: `ddi.${id}`,
    a: selector(a),
    b: selector(b),
    severity: o.severity,
    documentation: o.doc,
    ...(o.onset ? { onset: o.onset } : {}),
    nonInterruptive: o.nonInterruptive ?? false,
    mechanism: { code: o.mech[0], text: t(o.mech[1], o.mech[2]) },
    effect: t(o.effect[0], o.effect[1]),
    management: t(o.manage[0], o.manage[1]),
    actions: o.actions ?? [],
    modifiers: (o.modifiers ?? []).map((m) => ({
      when: m.when,
      severity: m.severity,
      note: t(m.note[0], m.note[1]),
    })),
    sources: o.sources,
    reviewed: REVIEWED,
  };
}

type CiCategory = 'disease' | 'hepatic' | 'renal' | 'pediatric' | 'geriatric' | 'pregnancy' | 'lactation';

/** A patient contraindication rule in one call. */
export function contra(
  id: string,
  category: CiCategory,
  drug: SelectorInput,
  condition: ContraindicationRuleSource['condition'],
  level: 'CI' | 'MAJ' | 'MOD' | 'INFO',
  summary: [string, string],
  sources: Citation[],
  management?: [string, string],
) {
  return {
    id: `ci.${id}`,
    category,
    drug: selector(drug),
    condition,
    level,
    summary: t(summary[0], summary[1]),
    ...(management ? { management: t(management[0], management[1]) } : {}),
    sources,
    reviewed: REVIEWED,
  };
}
