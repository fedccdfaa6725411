/** kdTkp, the place of care (aditbaco `TKP_*` constants, spec §3.1). */
export const CARE_SETTING_CODES = { outpatient: '10', inpatient: '20', promotive: '50' } as const;
export type CareSetting = keyof typeof CARE_SETTING_CODES;
export const CARE_SETTINGS = Object.keys(CARE_SETTING_CODES) as [CareSetting, ...CareSetting[]];

export function careSettingFromCode(code: unknown): CareSetting | null {
  const found = Object.entries(CARE_SETTING_CODES).find(([, c]) => c === String(code));
  return found ? (found[0] as CareSetting) : null;
}
