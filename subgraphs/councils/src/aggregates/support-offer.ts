/**
 * The council support-offer benchmark (the Skills for Care survey's structure): for each item
 * and audience, how many councils in scope offer it, have it in development, do not, or do not
 * know, who provides it, and how many offered it in the previous survey round.
 */
import { aggregateScope, bothLimits, scopedArea, scopedCouncilCodes, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes, SupportAudience, SupportOfferProvider } from '../generated/resolvers-types.ts';
import { SUPPORT_OFFER_ITEMS } from '../support-offer-items.ts';

const PROVIDERS: SupportOfferProvider[] = ['LOCAL_AUTHORITY', 'SUPPORT_ORGANISATION', 'OTHER_VOLUNTARY_ORGANISATION'];
const AUDIENCES: SupportAudience[] = ['EMPLOYER', 'PA'];
const itemOrder = Object.keys(SUPPORT_OFFER_ITEMS);

export async function councilSupportOfferAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['CouncilSupportOfferAggregates']> {
  const scope = aggregateScope(filter);
  const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const codes = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const inScope = codes ? { council: { gssCode: { in: [...codes] } } } : {};
  const rounds = await db.councilSupportOffer.findMany({
    where: { ...inScope, surveyYear: { lte: scope.to.getUTCFullYear() } },
    distinct: ['surveyYear'],
    select: { surveyYear: true },
    orderBy: { surveyYear: 'desc' },
  });
  const [latest, previous] = rounds.map((r) => r.surveyYear);
  if (latest === undefined) return { surveyYear: null, previousSurveyYear: null, councils: 0, items: [] };
  const rows = await db.councilSupportOffer.findMany({
    where: { ...inScope, surveyYear: { in: previous === undefined ? [latest] : [latest, previous] } },
  });
  const current = rows.filter((r) => r.surveyYear === latest);
  const keys = [...new Set(current.map((r) => `${r.audience}|${r.item}`))].sort((a, b) => {
    const [aa, ai] = a.split('|');
    const [ba, bi] = b.split('|');
    return (
      AUDIENCES.indexOf(aa as SupportAudience) - AUDIENCES.indexOf(ba as SupportAudience) || itemOrder.indexOf(ai!) - itemOrder.indexOf(bi!)
    );
  });
  const items = keys.map((key) => {
    const [audience, item] = key.split('|') as [SupportAudience, string];
    const answers = current.filter((r) => r.item === item && r.audience === audience);
    const before = rows.filter((r) => r.surveyYear === previous && r.item === item && r.audience === audience);
    const count = (status: string) => answers.filter((r) => r.status === status).length;
    return {
      key: item,
      label: SUPPORT_OFFER_ITEMS[item] ?? item,
      audience,
      available: count('AVAILABLE'),
      inDevelopment: count('IN_DEVELOPMENT'),
      notAvailable: count('NOT_AVAILABLE'),
      dontKnow: count('DONT_KNOW'),
      availableInPreviousRound: before.length ? before.filter((r) => r.status === 'AVAILABLE').length : null,
      byProvider: PROVIDERS.map((provider) => ({ provider, councils: answers.filter((r) => r.provider === provider).length })),
    };
  });
  return { surveyYear: latest, previousSurveyYear: previous ?? null, councils: new Set(current.map((r) => r.councilId)).size, items };
}
