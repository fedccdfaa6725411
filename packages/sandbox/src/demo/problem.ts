import { isSehatError } from '@sehatkit/sdk';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type Bilingual, issueText } from './messages';

/** One refused field: its path in the request body and the message in both languages. */
export interface DemoIssue {
  path: string;
  message: Bilingual;
}

/** The JSON body of every failed demo request. */
export interface DemoProblem {
  error: { code: string; message: Bilingual; issues?: DemoIssue[] };
}

/** A refusal the demo routes raise themselves; the app turns it into a problem body. */
export class DemoError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly text: Bilingual;
  readonly issues: DemoIssue[] | undefined;

  constructor(status: ContentfulStatusCode, code: string, text: Bilingual, issues?: DemoIssue[]) {
    super(text.en);
    this.status = status;
    this.code = code;
    this.text = text;
    this.issues = issues;
  }
}

export function validationProblem(error: ZodError, prefix: (string | number)[] = []): DemoError {
  const issues = error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].join('.'),
    message: issueText(issue),
  }));
  return new DemoError(
    400,
    'VALIDATION_FAILED',
    { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
    issues,
  );
}

/** Answers a failure as a problem body; SDK errors keep their stable code, never their raw details. */
export function problemResponse(c: Context, error: unknown): Response {
  if (error instanceof DemoError) {
    const body: DemoProblem = {
      error: { code: error.code, message: error.text, ...(error.issues ? { issues: error.issues } : {}) },
    };
    return c.json(body, error.status);
  }
  if (isSehatError(error)) {
    const status = (error.status >= 400 && error.status < 600 ? error.status : 502) as ContentfulStatusCode;
    const body: DemoProblem = {
      error: {
        code: error.code,
        message: { id: `Permintaan gagal (${error.code}).`, en: `The request failed (${error.code}).` },
      },
    };
    return c.json(body, status);
  }
  throw error;
}
