import type { DemoParts } from './parts';

/**
 * The demo's stand-in for a staff login: staff pages set the session cookie the server handler's demo
 * `authorize` hook accepts, and the demo's own staff routes check the same cookie. A real clinic puts its
 * own login here; the elements only ever see the cookie travel with their same-origin requests.
 */
export function staffCookie(staff: DemoParts['staff']): string {
  return `${staff.staffCookie}=${staff.staffToken}; Path=/; HttpOnly; SameSite=Strict`;
}

export function isStaffRequest(request: Request, staff: DemoParts['staff']): boolean {
  const cookies = (request.headers.get('cookie') ?? '').split(';').map((part) => part.trim());
  return cookies.includes(`${staff.staffCookie}=${staff.staffToken}`);
}
