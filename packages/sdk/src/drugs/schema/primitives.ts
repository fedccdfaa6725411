import { z } from 'zod';

/** Every reader-facing sentence exists in Bahasa Indonesia (default) and English. */
export const textSchema = z.object({
  id: z.string().trim().min(3, 'Indonesian text is required'),
  en: z.string().trim().min(3, 'English text is required'),
});
export type Text = z.infer<typeof textSchema>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The day a person last checked an entry against its sources. */
export const reviewDateSchema = z
  .string()
  .regex(isoDate, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'must be a real calendar date');

/**
 * Where a fact comes from. `label` is a section of a regulator-approved product label (FDA USPI, EU/UK SmPC,
 * BPOM-approved leaflet); `regulator` a safety communication or assessment report; `guideline` a clinical or
 * programme guideline; `paper` a peer-reviewed publication; `reference` a curated government reference
 * (LactMed) or a regulator's table. A citation must let a reader find the passage: labels name the section,
 * everything else names the publisher or journal and the year.
 */
export const citationSchema = z
  .object({
    kind: z.enum(['label', 'regulator', 'guideline', 'paper', 'reference']),
    title: z.string().trim().min(5, 'must name the document'),
    section: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(2).optional(),
    year: z.number().int().min(1950).max(2100).optional(),
    /** PMID, PMCID or DOI when the document has one. Never guessed. */
    id: z.string().trim().min(3).optional(),
    url: z.url().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'label' && !c.section) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'a label citation must name the section' });
    }
    if (c.kind !== 'label' && (c.year === undefined || !c.publisher)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.year === undefined ? 'year' : 'publisher'],
        message: `a ${c.kind} citation must give the publisher or journal and the year`,
      });
    }
  });
export type Citation = z.infer<typeof citationSchema>;

/** At least one citation, and at least one of them primary (not only a reference database). */
export const sourcesSchema = z
  .array(citationSchema)
  .min(1, 'at least one citation is required')
  .refine(
    (list) => list.some((c) => c.kind !== 'reference'),
    'at least one citation must be a label section, regulator communication, guideline or paper',
  );

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lower-case words joined by "-" or "."');

/** Routes as the engine distinguishes them; `systemic` in a qualifier means any route except local ones. */
export const routeSchema = z.enum([
  'oral',
  'sublingual',
  'buccal',
  'parenteral',
  'rectal',
  'vaginal',
  'topical',
  'ophthalmic',
  'otic',
  'nasal',
  'inhaled',
  'transdermal',
]);
export type Route = z.infer<typeof routeSchema>;

/** Routes whose exposure is mostly local; a `systemic` qualifier excludes them. */
export const LOCAL_ROUTES: ReadonlySet<Route> = new Set([
  'topical',
  'ophthalmic',
  'otic',
  'nasal',
  'vaginal',
]);

export const routeQualifierSchema = z.union([z.literal('systemic'), routeSchema]);
export type RouteQualifier = z.infer<typeof routeQualifierSchema>;

/** Interaction severities (FDB/Elsevier-style levels, spec 6.3). */
export const severitySchema = z.enum(['CI', 'MAJ', 'MOD', 'MIN']);
export type Severity = z.infer<typeof severitySchema>;
