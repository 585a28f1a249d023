/**
 * Turning a PA register's rows into checked submissions, with registerPersonalAssistant's own
 * checks, every problem reported by line and column; nothing is written at this stage.
 */
import { badUserInput } from '@continuum/runtime';
import { checkRows, csvDate, csvSex, readCsv, type RowProblem } from '@continuum/identity';
import type { PaEmploymentStatus } from '../generated/resolvers-types.ts';
import { paSubmissionFrom } from '../matching/registration-input.ts';
import type { StoredPaSubmission } from '../matching/stored.ts';
import { COLUMN_OF_FIELD, PA_COLUMNS } from './columns.ts';

export interface PaRow {
  line: number;
  submission: StoredPaSubmission;
}

/** A full NI number (QQ 12 34 56 C) gives its last three characters; the register keeps no more. */
function niSuffix(raw: string): string {
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (/^[A-Z]{2}\d{6}[A-D]$/.test(s)) return s.slice(-3);
  return s;
}

function employmentStatus(raw: string): PaEmploymentStatus {
  const s = raw
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_');
  if (!s) return 'EMPLOYED';
  if (s === 'EMPLOYED' || s === 'SELF_EMPLOYED') return s;
  throw badUserInput('input.employmentStatus', 'must be employed or self-employed');
}

/** Reads and checks a whole PA register; any problem means none of it may be imported. */
export function readPaRegister(text: string, registerOrganisationId: string): { rows: PaRow[]; problems: RowProblem[] } {
  return checkRows(readCsv(text, PA_COLUMNS), {
    build: (values) =>
      paSubmissionFrom({
        registerOrganisationId,
        registerReference: values.reference,
        givenName: values.givenName,
        familyName: values.familyName,
        dateOfBirth: csvDate(values.dateOfBirth, 'input.dateOfBirth'),
        niNumberSuffix: niSuffix(values.niNumber),
        postcodeDistrict: values.postcode,
        sex: csvSex(values.sex, 'input.sex'),
        employmentStatus: employmentStatus(values.employmentStatus),
        languages: values.languages
          ? values.languages
              .split(/[;,]/)
              .map((l) => l.trim())
              .filter(Boolean)
          : [],
      }),
    columnOfField: COLUMN_OF_FIELD,
    idOf: (s) => s.registerReference,
    idColumn: 'reference',
    oneRowPer: 'PA',
  });
}
