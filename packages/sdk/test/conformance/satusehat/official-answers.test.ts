import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../scripts/fixtures';
import type { RemoteValidationError } from '../../../src/errors/remote-validation-error';
import type { HttpResponse } from '../../../src/http/http-client';
import { Redactor } from '../../../src/logging/redact';
import { errorFromResponse } from '../../../src/satusehat/transport/response-errors';

const dir = fixturesDir();
const examples = dir ? path.join(dir, 'satusehat-examples') : undefined;

function answer(status: number, file: string): HttpResponse {
  return {
    status,
    headers: new Headers({ 'content-type': 'application/json' }),
    url: 'https://api-satusehat-stg.dto.kemkes.go.id/fhir-r4/v1',
    contentType: 'application/json',
    body: readFileSync(path.join(examples as string, file), 'utf8'),
    durationMs: 1,
  };
}

describe.skipIf(!examples)('the client reads the official example answers', () => {
  it('turns the IG OperationOutcome example into a RemoteValidationError with its text and severity', () => {
    const error = errorFromResponse(answer(400, 'usecase/Example-OperationOutcome-Invalid-Operation.json'), {
      source: 'satusehat',
      redactor: new Redactor(),
      now: Date.now(),
      action: 'create Encounter',
    }) as RemoteValidationError;
    expect(error.code).toBe('REMOTE_VALIDATION_FAILED');
    expect(error.issues).toEqual([
      {
        message: 'The operation is not allowed by this server',
        severity: 'fatal',
        code: 'operation-invalid',
      },
    ]);
  });

  it('does not mistake an official success body for an error shape', () => {
    // A 2xx never goes through errorFromResponse; a 5xx with a resource body is still a server failure.
    const error = errorFromResponse(answer(500, 'id-fhir/Example-Encounter-Registration-Response.json'), {
      source: 'satusehat',
      redactor: new Redactor(),
      now: Date.now(),
      action: 'create Encounter',
    });
    expect(error.code).toBe('TRANSPORT_FAILED');
  });
});
