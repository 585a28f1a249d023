// What the import command needs from support: reading a PA register and importing it through matching.
export { readPaRegister, type PaRow } from './rows.ts';
export { findRegisterOrganisation, importPaRegister, type ImportedPaRow, type PaImportSummary } from './import-register.ts';
export { backfillPaMatchKeys } from '../matching/keys.ts';
export { centroidsFromOnspd, loadCentroids } from '../register/centroids.ts';
