/**
 * What a staff route is about to do; the host's `authorize` hook decides per action.
 * Feature modules add their own actions to this union.
 */
export type StaffAction =
  | 'drugs.check'
  | 'drugs.override'
  | 'bpjs.member'
  | 'bpjs.icare'
  | 'satusehat.patient'
  | 'booking.manage'
  | 'teleconsult.host';

/** Who the host says is calling. Returned by `authorize` when it wants the identity recorded (audit, overrides). */
export interface StaffPrincipal {
  id: string;
  name?: string;
  role?: string;
}

/**
 * The host's decision: `false` refuses, `true` allows anonymously, a principal allows and names the caller.
 * SehatKit never authenticates staff itself: the host already has sessions, SSO or API keys.
 */
export type AuthorizeHook = (
  request: Request,
  action: StaffAction,
) => boolean | StaffPrincipal | Promise<boolean | StaffPrincipal>;
