import type { DbsCheckModel, PersonalAssistantModel } from '../generated/prisma/models.ts';

/**
 * A DBS check as the graph shows it: the register's status for the PA and, where one is
 * recorded, the check behind it. A PA checked before checks were recorded has the status only.
 */
export interface DbsCheckView {
  paId: string;
  status: string;
  checkedOn: Date | null;
  record: DbsCheckModel | null;
}

export const recordView = (record: DbsCheckModel): DbsCheckView => ({
  paId: record.personalAssistantId,
  status: record.result ?? 'IN_PROGRESS',
  checkedOn: record.certificateIssuedOn,
  record,
});

const sameDay = (a: Date | null, b: Date | null) => a !== null && b !== null && a.getTime() === b.getTime();

/** The PA's summary with the record it stands for: the certificate of that day and result, or the application in progress. */
export function summaryView(pa: PersonalAssistantModel, records: readonly DbsCheckModel[]): DbsCheckView {
  const record =
    pa.dbsStatus === 'IN_PROGRESS'
      ? records.find((r) => r.result === null)
      : records.find((r) => r.result === pa.dbsStatus && sameDay(r.certificateIssuedOn, pa.dbsCheckedOn));
  return { paId: pa.id, status: pa.dbsStatus, checkedOn: pa.dbsCheckedOn, record: record ?? null };
}

/** Newest first: by the certificate's day (an application in progress before any), then the application's. */
export function newestFirst(a: DbsCheckModel, b: DbsCheckModel): number {
  const issued = (r: DbsCheckModel) => r.certificateIssuedOn?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return issued(b) - issued(a) || b.appliedOn.getTime() - a.appliedOn.getTime() || a.id.localeCompare(b.id);
}
