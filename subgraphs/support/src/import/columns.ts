/** The columns of a PA register as user-led organisations and PA finder services export it. */
import type { ColumnSpec } from '@continuum/identity';

export type PaColumn =
  'reference' | 'givenName' | 'familyName' | 'dateOfBirth' | 'niNumber' | 'postcode' | 'sex' | 'employmentStatus' | 'languages';

export const PA_COLUMNS: readonly ColumnSpec<PaColumn>[] = [
  { key: 'reference', headers: ['pa_id', 'pa id', 'register id', 'reference', 'pa reference', 'worker id'], required: true },
  { key: 'givenName', headers: ['given_name', 'given name', 'forename', 'first name', 'firstname'], required: true },
  { key: 'familyName', headers: ['family_name', 'family name', 'surname', 'last name', 'lastname'], required: true },
  { key: 'dateOfBirth', headers: ['date_of_birth', 'date of birth', 'dob', 'birth date'], required: true },
  {
    key: 'niNumber',
    headers: ['ni_number', 'ni number', 'national insurance number', 'ni no', 'nino', 'ni number suffix', 'ni suffix'],
    required: true,
  },
  { key: 'postcode', headers: ['postcode', 'post code', 'postcode district'], required: true },
  { key: 'sex', headers: ['sex', 'gender', 'sex code'], required: false },
  { key: 'employmentStatus', headers: ['employment_status', 'employment status', 'status'], required: false },
  { key: 'languages', headers: ['languages', 'language'], required: false },
];

/** The registration field a validation error names, back to the column it came from. */
export const COLUMN_OF_FIELD: Record<string, PaColumn> = {
  'input.registerReference': 'reference',
  'input.givenName': 'givenName',
  'input.familyName': 'familyName',
  'input.dateOfBirth': 'dateOfBirth',
  'input.niNumberSuffix': 'niNumber',
  'input.postcodeDistrict': 'postcode',
  'input.sex': 'sex',
  'input.employmentStatus': 'employmentStatus',
};
