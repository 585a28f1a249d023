import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { STEP_ORDER } from './vocabulary.ts';

const COLUMNS = [
  'id',
  'person_id',
  'from_episode_id',
  'from_episode_type',
  'from_funder_kind',
  'from_funder_code',
  'from_episode_start',
  'to_vehicle',
  'to_funder_kind',
  'to_funder_code',
  'effective_date',
  'reason',
  'shares',
  'new_plan',
  'required_competences',
  'parties',
  'status',
  'status_reason',
  'proposed_by',
  'proposed_at',
  'completed_at',
  'new_episode_id',
  'new_episode_type',
  'updated_at',
];

/** The demo's transitions as the coordinator would have recorded them; an effective one ran both its steps. */
export async function seedTransitions(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const transitions = region.transitions ?? [];
  const rows = transitions.map((t) => [
    t.id,
    t.personId,
    t.fromEpisodeId,
    t.fromEpisodeType,
    t.fromFunderKind,
    t.fromFunderCode,
    t.fromEpisodeStart,
    t.toVehicle,
    t.toFunderKind,
    t.toFunderCode,
    t.effectiveDate,
    t.reason,
    JSON.stringify(t.shares),
    JSON.stringify(t.newPlan),
    t.requiredCompetences,
    JSON.stringify(t.parties),
    t.status,
    t.statusReason,
    t.proposedBy,
    t.proposedAt,
    t.completedAt,
    t.newEpisodeId,
    t.newEpisodeType,
    t.completedAt ?? t.proposedAt,
  ]);
  await insertRows(db, 'transition', COLUMNS, rows, (done) => progress?.('transitions', done, rows.length));
  const steps = transitions
    .filter((t) => t.status === 'EFFECTIVE')
    .flatMap((t) => STEP_ORDER.map((name) => [t.id, name, 'DONE', 1, t.completedAt ?? t.proposedAt]));
  await insertRows(db, 'transition_step', ['transition_id', 'name', 'state', 'attempts', 'updated_at'], steps, (done) =>
    progress?.('transition steps', done, steps.length),
  );
}
