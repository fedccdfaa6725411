/**
 * A request path together with its template. Messages and logs use the template
 * (`peserta/{noKartu}`), so member numbers and NIKs never reach them; the path has each parameter
 * URL-encoded (diagnosis searches carry spaces).
 */
export interface Route {
  template: string;
  path: string;
}

export function route(template: string, params: Record<string, string | number | boolean> = {}): Route {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`route ${template}: missing parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return { template, path };
}
