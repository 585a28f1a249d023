import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The DBS check behind each checked PA's status (after the PAs, for the foreign key). */
export async function seedDbsChecks(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const checks = region.dbsChecks;
  await insertRows(
    db,
    'dbs_check',
    [
      'id',
      'personal_assistant_id',
      'level',
      'adults_barred_list',
      'children_barred_list',
      'requested_by_person_id',
      'applied_on',
      'processed_by_kind',
      'processed_by_code',
      'paid_by',
      'certificate_issued_on',
      'result',
      'update_service_subscribed_on',
      'last_status_check_on',
      'last_status_check_result',
      'discussion_held_on',
      'discussed_with',
      'decision',
      'decided_on',
      'recorded_by',
    ],
    checks.map((c) => [
      c.id,
      c.personalAssistantId,
      c.level,
      c.adultsBarredList,
      c.childrenBarredList,
      c.requestedByPersonId,
      c.appliedOn,
      c.processedByKind,
      c.processedByCode,
      c.paidBy,
      c.certificateIssuedOn,
      c.result,
      c.updateServiceSubscribedOn,
      c.lastStatusCheckOn,
      c.lastStatusCheckResult,
      c.discussionHeldOn,
      c.discussedWith,
      c.decision,
      c.decidedOn,
      'Demo region',
    ]),
    (done) => progress?.('DBS checks', done, checks.length),
  );
}
