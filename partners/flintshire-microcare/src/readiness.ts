/**
 * Whether a micro-carer may take directly commissioned work (journey W11): Quality Framework
 * minimum standards met, the two-day moving and positioning course completed, the contract
 * signed and a contingency partner agreed. The stage is the first of these still to do.
 */
import type { DirectCommissioningBlocker, MicroCarerStage } from './generated/resolvers-types.ts';

export interface ReadinessFacts {
  seeksDirectCommissioning: boolean;
  minimumStandardsMet: boolean;
  courseCompleted: boolean;
  hasActiveContract: boolean;
  contingencyPartners: number;
}

export function blockers(f: ReadinessFacts): DirectCommissioningBlocker[] {
  const out: DirectCommissioningBlocker[] = [];
  if (!f.minimumStandardsMet) out.push('QUALITY_FRAMEWORK_MINIMUM_STANDARDS_NOT_MET');
  if (!f.courseCompleted) out.push('MOVING_AND_POSITIONING_NOT_COMPLETED');
  if (!f.hasActiveContract) out.push('NO_SIGNED_CONTRACT');
  if (f.contingencyPartners === 0) out.push('NO_CONTINGENCY_PARTNER');
  return out;
}

const STAGE_OF: Record<DirectCommissioningBlocker, MicroCarerStage> = {
  QUALITY_FRAMEWORK_MINIMUM_STANDARDS_NOT_MET: 'QUALITY_FRAMEWORK',
  MOVING_AND_POSITIONING_NOT_COMPLETED: 'MOVING_AND_POSITIONING',
  NO_SIGNED_CONTRACT: 'CONTRACT',
  NO_CONTINGENCY_PARTNER: 'CONTINGENCY_PLAN',
};

export function stage(f: ReadinessFacts): MicroCarerStage {
  if (!f.seeksDirectCommissioning) return 'NOT_SEEKING_DIRECT_COMMISSIONING';
  const first = blockers(f)[0];
  return first ? STAGE_OF[first] : 'READY_FOR_DIRECT_COMMISSIONING';
}

export function contractActive(contract: { start: Date; end: Date | null } | null, day: Date): boolean {
  return !!contract && contract.start <= day && (contract.end === null || contract.end >= day);
}
