/**
 * Flintshire County Council's Quality Framework for micro-carers: minimum standards to work
 * with the council at all, enhanced ones on top. Some need evidence from care activity, so a
 * standard can stay IN_PROGRESS for months (about four for a typical new micro-carer).
 */
import type { QualityFrameworkSubmission } from './generated/prisma/client.ts';

export const QUALITY_FRAMEWORK_STANDARDS = [
  { code: 'QF-M1', level: 'MINIMUM', title: 'Business set up: registered as self-employed or a limited company' },
  { code: 'QF-M2', level: 'MINIMUM', title: 'Appropriate business and public liability insurance' },
  { code: 'QF-M3', level: 'MINIMUM', title: 'Enhanced DBS check' },
  { code: 'QF-M4', level: 'MINIMUM', title: 'Safeguarding policy and training' },
  { code: 'QF-M5', level: 'MINIMUM', title: 'Code of conduct signed' },
  { code: 'QF-M6', level: 'MINIMUM', title: 'Confidential records kept securely (lockable storage, data protection)' },
  { code: 'QF-E1', level: 'ENHANCED', title: 'Care activity reviewed against the standards' },
  { code: 'QF-E2', level: 'ENHANCED', title: 'Feedback gathered from clients and families' },
] as const;

export type QualityFrameworkCode = (typeof QUALITY_FRAMEWORK_STANDARDS)[number]['code'];

export function isStandardCode(code: string): code is QualityFrameworkCode {
  return QUALITY_FRAMEWORK_STANDARDS.some((s) => s.code === code);
}

export interface QualityFrameworkProgress {
  minimumStandardsMet: boolean;
  enhancedStandardsMet: boolean;
  standardsMet: number;
  standardsTotal: number;
  standards: {
    code: string;
    title: string;
    level: 'MINIMUM' | 'ENHANCED';
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'MET';
    signedOffOn: Date | null;
    signedOffBy: string | null;
  }[];
}

export function qualityFrameworkProgress(submissions: QualityFrameworkSubmission[]): QualityFrameworkProgress {
  const byCode = new Map(submissions.map((s) => [s.code, s]));
  const standards = QUALITY_FRAMEWORK_STANDARDS.map((std) => {
    const s = byCode.get(std.code);
    return {
      code: std.code,
      title: std.title,
      level: std.level,
      status: (s?.status ?? 'NOT_STARTED') as 'NOT_STARTED' | 'IN_PROGRESS' | 'MET',
      signedOffOn: s?.signedOffOn ?? null,
      signedOffBy: s?.signedOffBy ?? null,
    };
  });
  const met = (level: 'MINIMUM' | 'ENHANCED') => standards.filter((s) => s.level === level).every((s) => s.status === 'MET');
  return {
    minimumStandardsMet: met('MINIMUM'),
    enhancedStandardsMet: met('ENHANCED'),
    standardsMet: standards.filter((s) => s.status === 'MET').length,
    standardsTotal: standards.length,
    standards,
  };
}
