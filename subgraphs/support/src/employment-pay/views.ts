import type { PayslipModel } from '../generated/prisma/models.ts';

/** A payslip with the employer whose record it is (its run's). */
export type PayslipView = PayslipModel & { employerPersonId: string };

export const payslipView = (p: PayslipModel, employerPersonId: string): PayslipView => ({ ...p, employerPersonId });
