/** One person's funding timeline and their PA team across it, boundary by boundary. */
import { isoDate, notFound, requireId, today } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { TransitionModel } from '../generated/prisma/models.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';
import { employmentFunding, fundingBoundaries, type Boundary } from './boundaries.ts';
import { graphPeople } from './graph-people.ts';
import { dateOf, episodeRef, gapOf, overlapOf, personalAssistantRef } from './refs.ts';
import { fundingGaps, fundingOverlaps } from './timeline.ts';

/** Transitions that did not move anything cannot explain a boundary. */
const NO_EFFECT = new Set(['REJECTED', 'WITHDRAWN', 'FAILED']);

/** The transition that made the boundary: same effective date, and the same old (or new) episode. */
export function transitionAt(boundary: Boundary, transitions: TransitionModel[]): TransitionModel | null {
  const candidates = transitions.filter(
    (t) =>
      !NO_EFFECT.has(t.status) &&
      isoDate(t.effectiveDate) === boundary.date &&
      ((boundary.from !== null && t.fromEpisodeId === boundary.from.id) || t.newEpisodeId === boundary.to.id),
  );
  return candidates.find((t) => t.status === 'EFFECTIVE') ?? candidates[0] ?? null;
}

export async function continuityReport(ctx: Context, personIdArg: string): Promise<ResolversTypes['ContinuityReport']> {
  const personId = requireId(personIdArg, 'personId');
  const [person, timeline, transitions] = await Promise.all([
    ctx.loaders.person.load(personId),
    graphPeople(ctx)
      .timeline.loadMany([personId])
      .then(([t]) => {
        if (t instanceof Error) throw t;
        return t ?? { episodes: [], employments: [] };
      }),
    ctx.db.transition.findMany({ where: { personId }, orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }] }),
  ]);
  if (!person) throw notFound('person', 'personId', personIdArg);
  const { episodes, employments } = timeline;

  const starts = [...episodes, ...employments].map((x) => x.start).sort();
  const window = { from: starts[0] ?? isoDate(today()), to: isoDate(today()) };

  return {
    person,
    fundingHistory: episodes.map(episodeRef),
    boundaries: fundingBoundaries(episodes, employments).map((b) => ({
      date: dateOf(b.date),
      from: b.from ? episodeRef(b.from) : null,
      to: episodeRef(b.to),
      transition: transitionAt(b, transitions),
      personalAssistants: b.personalAssistants.map((c) => ({
        personalAssistant: personalAssistantRef(c.employment.personalAssistantId),
        employmentId: c.employment.id,
        change: c.change,
      })),
      keptAllPersonalAssistants: b.keptAllPersonalAssistants,
    })),
    personalAssistants: employmentFunding(employments, episodes).map(({ employment, fundedBy }) => ({
      personalAssistant: personalAssistantRef(employment.personalAssistantId),
      employmentId: employment.id,
      start: dateOf(employment.start),
      end: employment.end ? dateOf(employment.end) : null,
      fundedBy: fundedBy.map(episodeRef),
    })),
    gaps: fundingGaps(episodes, employments, window).map((r) => gapOf(person, r)),
    overlaps: fundingOverlaps(episodes, window).map((r) => overlapOf(person, r)),
    personRecords: 1,
    personalAssistantRecords: new Set(employments.map((e) => e.personalAssistantId)).size,
  };
}
