import { badUserInput } from '@continuum/runtime';

/** ONS GSS codes: a nation letter and eight digits (E08000021, W06000005). */
const GSS_CODE = /^[EWSN][0-9]{8}$/;

export function requireGssCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!GSS_CODE.test(code)) throw badUserInput(field, `"${value}" is not a GSS code such as E08000021`);
  return code;
}
