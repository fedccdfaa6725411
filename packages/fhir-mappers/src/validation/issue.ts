/** One way a resource or Bundle would fail at SATUSEHAT, found before sending it. */
export interface SatuSehatIssue {
  /** FHIRPath-style location, e.g. `Bundle.entry[0].resource.identifier[0].system`. */
  path: string;
  message: string;
  /** SATUSEHAT's RuleNumber for this check, where the platform's validation dictionary has one. */
  ruleNumber?: number;
  /** `error`: the platform refuses it. `warning`: accepted, but the playbook asks for more. */
  severity: 'error' | 'warning';
  /** A stable kind: `invalid_identifier_system`, `reference_mandatory`, `invalid_datetime_value`... */
  code: string;
}

export type Report = (issue: SatuSehatIssue) => void;
