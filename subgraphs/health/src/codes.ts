import { badUserInput, requireText } from '@continuum/runtime';

/** ONS GSS codes: a nation letter and eight digits (E08000021, W06000005). */
export const GSS_CODE = /^[EWSN][0-9]{8}$/;
/** ODS codes of NHS commissioners: three to five letters and digits (QHM, 7A1). */
const ODS_CODE = /^[A-Z0-9]{3,5}$/;

export function requireGssCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!GSS_CODE.test(code)) throw badUserInput(field, `"${value}" is not a GSS code such as E08000021`);
  return code;
}

export function requireOdsCode(value: string, field: string): string {
  const code = requireText(value, field, 10).toUpperCase();
  if (!ODS_CODE.test(code)) throw badUserInput(field, `"${value}" is not an ODS code such as QHM`);
  return code;
}
