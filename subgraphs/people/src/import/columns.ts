/**
 * The columns of a client list as councils, NHS bodies and support organisations export them:
 * each column under the headers such exports commonly use.
 */
import type { ColumnSpec } from '@continuum/identity';

export type ClientColumn = 'localId' | 'nhsNumber' | 'nhsNumberStatus' | 'givenName' | 'familyName' | 'dateOfBirth' | 'postcode' | 'sex';

export const CLIENT_COLUMNS: readonly ColumnSpec<ClientColumn>[] = [
  { key: 'localId', headers: ['client_id', 'client id', 'person id', 'local id', 'case number', 'mosaic id', 'record id'], required: true },
  { key: 'nhsNumber', headers: ['nhs_number', 'nhs number', 'nhs no', 'nhsno'], required: false },
  {
    key: 'nhsNumberStatus',
    headers: ['nhs_number_status', 'nhs number status', 'nhs number verification status', 'verification status'],
    required: false,
  },
  { key: 'givenName', headers: ['given_name', 'given name', 'forename', 'first name', 'firstname'], required: true },
  { key: 'familyName', headers: ['family_name', 'family name', 'surname', 'last name', 'lastname'], required: true },
  { key: 'dateOfBirth', headers: ['date_of_birth', 'date of birth', 'dob', 'birth date'], required: true },
  { key: 'postcode', headers: ['postcode', 'post code', 'postcode district'], required: false },
  { key: 'sex', headers: ['sex', 'gender', 'sex code', 'person stated gender code'], required: false },
];

/** The registration field a validation error names, back to the column it came from. */
export const COLUMN_OF_FIELD: Record<string, ClientColumn> = {
  'input.nhsNumber': 'nhsNumber',
  'input.nhsNumberVerificationStatus': 'nhsNumberStatus',
  'input.givenName': 'givenName',
  'input.familyName': 'familyName',
  'input.dateOfBirth': 'dateOfBirth',
  'input.postcodeDistrict': 'postcode',
  'input.sex': 'sex',
  'input.localIdentifiers[0].value': 'localId',
};
