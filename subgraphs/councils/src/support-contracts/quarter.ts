import { badUserInput } from '@continuum/runtime';

/** A calendar quarter, YYYY-Qn (Q1 is January to March), with its first and last days. */
export interface Quarter {
  label: string;
  start: Date;
  end: Date;
}

export function parseQuarter(value: string, field: string): Quarter {
  const m = /^(\d{4})-Q([1-4])$/.exec(value.trim().toUpperCase());
  if (!m) throw badUserInput(field, `"${value}" is not a quarter such as 2026-Q3`);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3;
  return { label: `${m[1]}-Q${m[2]}`, start: new Date(Date.UTC(year, first, 1)), end: new Date(Date.UTC(year, first + 3, 0)) };
}
