import { z } from 'zod';
import type { BpjsClient } from '../../bpjs/client';
import type { Member } from '../../bpjs/pcare/members';
import { validateIdentifier } from '../../format/identifiers';
import type { RouteModule } from '../context';

/**
 * What `<sehat-bpjs-verify>` shows and emits: the membership facts a front desk needs, without the
 * phone number, blood type or other insurer that pCare also returns (data minimisation).
 */
export type MemberView = Pick<
  Member,
  | 'memberNumber'
  | 'nik'
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'relationship'
  | 'active'
  | 'statusDescription'
  | 'arrears'
  | 'careClass'
  | 'memberType'
  | 'primaryCareProvider'
  | 'coverageStart'
  | 'coverageEnd'
  | 'prolanisProgram'
  | 'referBackProgram'
>;

/** `POST /bpjs/members/lookup` answer. */
export interface MemberLookupResponse {
  member: MemberView;
}

/** `POST /bpjs/icare` answer: a short-lived link to open at once. */
export interface IcareResponse {
  url: string;
}

/** A zod string that must pass the shared identifier validator; the message never repeats the value. */
export const identifierField = (kind: 'nik' | 'card') =>
  z.string().superRefine((value, ctx) => {
    const problem = validateIdentifier(kind, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { reason: problem.code } });
  });

// Identifiers travel in POST bodies, never in URLs: paths end up in proxy logs and browser history.
const lookupSchema = z
  .object({ cardNumber: identifierField('card').optional(), nik: identifierField('nik').optional() })
  .strict()
  .refine((b) => (b.cardNumber === undefined) !== (b.nik === undefined), {
    message: 'give exactly one of cardNumber or nik',
    path: ['cardNumber'],
  });

const icareSchema = z
  .object({
    cardNumber: identifierField('card'),
    doctorCode: z
      .string()
      .regex(/^\d{1,12}$/, 'must be digits')
      .optional(),
  })
  .strict();

export function memberView(member: Member): MemberView {
  return {
    memberNumber: member.memberNumber,
    nik: member.nik,
    name: member.name,
    sex: member.sex,
    birthDate: member.birthDate,
    relationship: member.relationship,
    active: member.active,
    statusDescription: member.statusDescription,
    arrears: member.arrears,
    careClass: member.careClass,
    memberType: member.memberType,
    primaryCareProvider: member.primaryCareProvider,
    coverageStart: member.coverageStart,
    coverageEnd: member.coverageEnd,
    prolanisProgram: member.prolanisProgram,
    referBackProgram: member.referBackProgram,
  };
}

/** The BPJS client the host constructs; only these calls are made. */
export type BpjsRouteClient = {
  pcare: { members: Pick<BpjsClient['pcare']['members'], 'byCardNumber' | 'byNik'> };
  icare: Pick<BpjsClient['icare'], 'validate'>;
};

/**
 * Staff routes for `<sehat-bpjs-verify>` and the i-Care button. The host's `authorize` hook decides each
 * (`bpjs.member`, `bpjs.icare`). A member BPJS does not know answers 404 NOT_FOUND (source `bpjs`);
 * a BPJS outage answers 502/504 TRANSPORT_FAILED with source `bpjs`, so the element can tell them apart.
 */
export const bpjsRoutes: RouteModule = {
  name: 'bpjs',
  enabled: (options) => options.bpjs !== undefined,
  mount(app, ctx) {
    const client = ctx.options.bpjs as BpjsRouteClient;

    app.post('/bpjs/members/lookup', ctx.staff('bpjs.member'), async (c) => {
      const body = await ctx.body(c, lookupSchema, 'member lookup');
      const member = body.cardNumber
        ? await client.pcare.members.byCardNumber(body.cardNumber)
        : await client.pcare.members.byNik(body.nik as string);
      return c.json({ member: memberView(member) } satisfies MemberLookupResponse);
    });

    app.post('/bpjs/icare', ctx.staff('bpjs.icare'), async (c) => {
      const body = await ctx.body(c, icareSchema, 'i-Care request');
      const { url } = await client.icare.validate({
        memberNumber: body.cardNumber,
        ...(body.doctorCode ? { doctorCode: body.doctorCode } : {}),
      });
      return c.json({ url } satisfies IcareResponse);
    });
  },
};
