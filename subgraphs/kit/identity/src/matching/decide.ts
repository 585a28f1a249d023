/**
 * The decision for one incoming record against its candidates, in the order of evidence:
 * a verified NHS number; an approved deterministic rule satisfied by exactly one person;
 * the Fellegi–Sunter score against the thresholds, with guards that send ambiguous or
 * twin-like pairs to review instead of linking them.
 */
import { weightTable } from './config.ts';
import { normaliseIdentity } from './normalise.ts';
import {
  compareIdentities,
  identifiersApart,
  isPossibleTwin,
  materialise,
  RULE_VERIFIED_NHS_NUMBER,
  ruleFor,
  scoreComparison,
  type PairComparison,
} from './score.ts';
import type { AnyIdentityRecord, MatchConfig, MatchOutcome, ScoredCandidate } from './types.ts';

/** Two people scoring within this many bits of each other at the link threshold go to review. */
export const AMBIGUITY_MARGIN = 2;

interface PersonTally {
  id: string;
  /** The person's best-scoring record. */
  best: AnyIdentityRecord;
  bestScore: number;
  bestComparison: PairComparison;
  bestRule: string | null;
  /** A record of the person satisfying the verified-NHS-number rule, and one satisfying another approved rule. */
  verified: { record: AnyIdentityRecord; comparison: PairComparison } | null;
  approved: { record: AnyIdentityRecord; comparison: PairComparison; rule: string } | null;
}

/**
 * Decides whether `incoming` is one of the people behind `candidates` (known records carrying
 * their hub `id`; a person may appear through several records). LINK names the person;
 * REVIEW lists the possible matches best first; NEW lists the nearest people whose score is
 * positive (more evidence for than against), if any. When `incoming` carries an id (re-matching
 * a known person), candidates filed under that same id are ignored.
 */
export function decide(incoming: AnyIdentityRecord, candidates: AnyIdentityRecord[], config: MatchConfig): MatchOutcome {
  const a = normaliseIdentity(incoming);
  const table = weightTable(config);
  const people = new Map<string, PersonTally>();
  for (let i = 0; i < candidates.length; i++) {
    const record = candidates[i]!;
    const id = record.id ?? `candidate-${i}`;
    // A known record is not its own duplicate.
    if (incoming.id !== undefined && id === incoming.id) continue;
    const b = normaliseIdentity(record);
    const comparison = compareIdentities(a, b);
    const score = scoreComparison(comparison, table);
    const rule = ruleFor(a, b, comparison);
    let p = people.get(id);
    if (!p) {
      p = { id, best: record, bestScore: score, bestComparison: comparison, bestRule: rule, verified: null, approved: null };
      people.set(id, p);
    } else if (score > p.bestScore) {
      p.best = record;
      p.bestScore = score;
      p.bestComparison = comparison;
      p.bestRule = rule;
    }
    if (rule === RULE_VERIFIED_NHS_NUMBER) p.verified ??= { record, comparison };
    else if (rule) p.approved ??= { record, comparison, rule };
  }

  const ranked = [...people.values()].sort((x, y) => y.bestScore - x.bestScore || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const scored = (p: PersonTally): ScoredCandidate => materialise(incoming, p.best, p.bestComparison, config, p.bestRule, p.id);
  const review = (first: PersonTally[]): MatchOutcome => {
    const listed = new Set(first);
    for (const p of ranked) if (p.bestScore >= config.reviewThreshold) listed.add(p);
    if (listed.size === 0 && ranked[0]) listed.add(ranked[0]);
    return { kind: 'REVIEW', candidates: [...listed].slice(0, Math.max(config.maxCandidates, first.length)).map(scored) };
  };

  // 1. A verified NHS number, held by exactly one person.
  const verified = ranked.filter((p) => p.verified);
  if (verified.length === 1) {
    const p = verified[0]!;
    return {
      kind: 'LINK',
      candidate: materialise(incoming, p.verified!.record, p.verified!.comparison, config, RULE_VERIFIED_NHS_NUMBER, p.id),
    };
  }
  if (verified.length > 1) return review(verified);

  // 2. An approved combination of fields, satisfied by exactly one person.
  const approved = ranked.filter((p) => p.approved);
  if (approved.length === 1) {
    const p = approved[0]!;
    return { kind: 'LINK', candidate: materialise(incoming, p.approved!.record, p.approved!.comparison, config, p.approved!.rule, p.id) };
  }
  if (approved.length > 1) return review(approved);

  // 3. The Fellegi–Sunter score.
  const best = ranked[0];
  if (!best) return { kind: 'NEW', candidates: [] };
  if (best.bestScore >= config.linkThreshold) {
    const second = ranked[1];
    const margin = config.ambiguityMargin ?? AMBIGUITY_MARGIN;
    const ambiguous = second !== undefined && best.bestScore - second.bestScore < margin;
    // An unverified identifier (an NHS number not traced, any NI suffix) never links on its own: the other fields must reach review by themselves.
    const identifierCarried = best.bestScore - table[0]![best.bestComparison.identifier]! < config.reviewThreshold;
    // Two different verified (traced) NHS numbers, or two different NI numbers: never linked automatically.
    const apart = identifiersApart(a, best.bestComparison);
    if (!ambiguous && !identifierCarried && !apart && !isPossibleTwin(best.bestComparison))
      return { kind: 'LINK', candidate: scored(best) };
    return review([]);
  }
  if (best.bestScore >= config.reviewThreshold) return review([]);
  // The nearest people, when any has more evidence for than against.
  const near: PersonTally[] = [];
  for (const p of ranked) if (p.bestScore > 0 && near.length < config.maxCandidates) near.push(p);
  return { kind: 'NEW', candidates: near.map(scored) };
}
