import { formatNhsNumber, NHS_NUMBER_STATUS, type NhsNumberStatusCode } from '@continuum/runtime';
import type { NhsNumber } from './generated/resolvers-types.ts';

/** The NhsNumber type for a stored number and its UK Core verification code. */
export function nhsNumberView(value: string | null, code: string): NhsNumber | null {
  if (!value) return null;
  return {
    value,
    formatted: formatNhsNumber(value),
    verificationStatus: NHS_NUMBER_STATUS[code as NhsNumberStatusCode],
    verificationCode: code,
  };
}
