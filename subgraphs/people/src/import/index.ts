// What the import command needs from people: reading a client list and importing it through matching.
export { readClientList, checkClientListFile, clientListBatches, AGENCIES, type Agency, type ClientRow } from './rows.ts';
export { importClientList, IMPORT_BATCH, type ImportedRow, type ImportSummary, type RowOutcome } from './import-people.ts';
export { backfillMatchKeys } from '../matching/backfill.ts';
