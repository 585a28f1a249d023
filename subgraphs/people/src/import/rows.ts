/**
 * Turning a client list's rows into checked submissions, the same checks registerPerson makes,
 * with every problem reported by line and column; nothing is written at this stage.
 */
import { badUserInput, NHS_NUMBER_STATUS, type NhsNumberStatusCode } from '@continuum/runtime';
import { csvDate, csvSex, checkRows, isRowProblem, openCsv, readCsv, rowChecker, type RowProblem } from '@continuum/identity';
import type { RegisterPersonInput } from '../generated/resolvers-types.ts';
import { submissionFrom } from '../matching/registration-input.ts';
import type { StoredIdentifier, StoredSubmission } from '../matching/stored.ts';
import { CLIENT_COLUMNS, COLUMN_OF_FIELD, type ClientColumn } from './columns.ts';

export type Agency = StoredIdentifier['agency'];
export const AGENCIES: readonly Agency[] = ['COUNCIL', 'HEALTH', 'SUPPORT_ORGANISATION', 'TRAINING_PROVIDER'];

export interface ClientRow {
  line: number;
  submission: StoredSubmission;
}

export interface ReadClientList {
  rows: ClientRow[];
  problems: RowProblem[];
}

/** "01" or the UK Core name ("NUMBER_PRESENT_AND_VERIFIED", any case and spacing). */
function statusName(raw: string): RegisterPersonInput['nhsNumberVerificationStatus'] {
  if (!raw) return null;
  const code = raw.padStart(2, '0') as NhsNumberStatusCode;
  if (code in NHS_NUMBER_STATUS) return NHS_NUMBER_STATUS[code] as never;
  const name = raw.toUpperCase().replace(/[^A-Z]+/g, '_');
  if (Object.values(NHS_NUMBER_STATUS).includes(name as never)) return name as never;
  throw badUserInput('input.nhsNumberVerificationStatus', 'must be a UK Core verification status code 01-08');
}

/** Agencies hold full postcodes; the hub keeps only the district (the outward code). */
function postcodeDistrict(raw: string): string | null {
  if (!raw) return null;
  const full = /^([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}$/i.exec(raw.trim());
  return full ? full[1]!.toUpperCase() : raw;
}

function submissionOfRow(values: Record<ClientColumn, string>, agency: Agency, organisationCode: string): StoredSubmission {
  const submission = submissionFrom({
    nhsNumber: values.nhsNumber || null,
    nhsNumberVerificationStatus: statusName(values.nhsNumberStatus),
    givenName: values.givenName,
    familyName: values.familyName,
    dateOfBirth: csvDate(values.dateOfBirth, 'input.dateOfBirth'),
    postcodeDistrict: postcodeDistrict(values.postcode),
    sex: csvSex(values.sex, 'input.sex'),
    localIdentifiers: [{ agency, organisationCode, value: values.localId }],
  });
  return { ...submission, submittedBy: organisationCode };
}

const checks = (agency: Agency, organisationCode: string) => ({
  build: (values: Record<ClientColumn, string>) => submissionOfRow(values, agency, organisationCode),
  columnOfField: COLUMN_OF_FIELD,
  idOf: (s: StoredSubmission) => s.localIdentifiers[0]!.value,
  idColumn: 'localId' as const,
  oneRowPer: 'client',
});

/** Reads and checks a whole client list; any problem means none of it may be imported. */
export function readClientList(text: string, agency: Agency, organisationCode: string): ReadClientList {
  return checkRows(readCsv(text, CLIENT_COLUMNS), checks(agency, organisationCode));
}

/**
 * Checks a client list file as it streams past, holding none of its rows: how many rows it has
 * and every problem (none means it may be imported).
 */
export async function checkClientListFile(
  file: string,
  agency: Agency,
  organisationCode: string,
): Promise<{ rows: number; problems: RowProblem[] }> {
  const csv = await openCsv(file, CLIENT_COLUMNS);
  const problems = [...csv.problems];
  const check = rowChecker(csv.headerOf, checks(agency, organisationCode));
  let rows = 0;
  for await (const row of csv.rows) {
    const checked = isRowProblem(row) ? row : check(row);
    if ('submission' in checked) rows++;
    else problems.push(checked);
  }
  return { rows, problems };
}

/**
 * The rows of a checked client list file, `size` at a time, read afresh from the file: only one
 * batch is held at once. A problem (the file changed since it was checked) stops the import.
 */
export async function* clientListBatches(
  file: string,
  agency: Agency,
  organisationCode: string,
  size: number,
): AsyncGenerator<ClientRow[]> {
  const csv = await openCsv(file, CLIENT_COLUMNS);
  const check = rowChecker(csv.headerOf, checks(agency, organisationCode));
  let batch: ClientRow[] = [];
  for (const problem of csv.problems) throw new Error(`${file} changed after it was checked: line ${problem.line}: ${problem.reason}`);
  for await (const row of csv.rows) {
    const checked = isRowProblem(row) ? row : check(row);
    if (!('submission' in checked)) throw new Error(`${file} changed after it was checked: line ${checked.line}: ${checked.reason}`);
    batch.push(checked);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
