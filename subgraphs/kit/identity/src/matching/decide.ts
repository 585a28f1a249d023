/**
 * The decision for one incoming record against its candidates, in the order of evidence:
 * a verified NHS number; an approved deterministic rule satisfied by exactly one person;
 * the Fellegi–Sunter score against the thresholds, with guards that send ambiguous or
 * twin-like pairs to review instead of linking them. A person is judged on every record they
 * hold: one record whose identifier says "someone else", or another client id on the incoming
 * record's own agency list, keeps the whole person out of automatic linking.
 */
import { weightTable } from './config.ts';
import type { TermFrequencies } from './frequencies.ts';
import { normaliseIdentity } from './normalise.ts';
import {
  adjustmentsFor,
  AGREE,
  DISAGREE,
  FUZZY,
  compareIdentities,
  evidenceBarrier,
  identifiersApart,
  isPossibleTwin,
  materialise,
  RULE_VERIFIED_NHS_NUMBER,
  ruleFor,
  scoreComparison,
  type Adjustments,
  type PairComparison,
} from './score.ts';
import type { AnyIdentityRecord, ListEntry, MatchConfig, MatchOutcome, NormalisedIdentity, ScoredCandidate } from './types.ts';

/** Two people scoring within this many bits of each other at the link threshold go to review. */
export const AMBIGUITY_MARGIN = 2;

/**
 * A move nothing records (another district, the identifier not agreeing) links by score only this
 * many bits above the link threshold: namesakes elsewhere score as a move does. Measured on the
 * dense benchmark's import it turns 9 wrong links in 8,197 into 4 in 8,198 and sends 0.1% more
 * records to review.
 */
export const UNRECORDED_MOVE_MARGIN = 3;

/** The pair's postcode districts differ, nothing records a move and the identifier does not agree. */
const unrecordedMove = (c: PairComparison, moveRecorded: boolean) =>
  (c.postcode === FUZZY || c.postcode === DISAGREE) && c.identifier !== AGREE && !moveRecorded;

interface Held {
  record: AnyIdentityRecord;
  normalised: NormalisedIdentity;
  comparison: PairComparison;
  score: number;
}

interface PersonTally {
  id: string;
  held: Held[];
  /** The person's best-scoring record. */
  best: Held;
  bestRule: string | null;
  /** The best-scoring record nothing in the evidence keeps from linking (evidenceBarrier), if any. */
  linkable: Held | null;
  /** A record of the person satisfying the verified-NHS-number rule, and one satisfying another approved rule. */
  verified: Held | null;
  approved: (Held & { rule: string }) | null;
  /**
   * One of the person's records carries an identifier saying "another person" (a different
   * verified NHS number or NI suffix) and none carries the incoming one: linking would put two
   * identifiers into one person. (When a reviewer already put both on them, a link adds nothing.)
   */
  identifierClash: boolean;
  /** The person holds another client id on a list the incoming record comes from. */
  listClash: boolean;
  /** The person already holds the incoming record's own agency entry: a change of address is a recorded move. */
  moveRecorded: boolean;
}

const sameList = (x: ListEntry, y: ListEntry) => x.list === y.list;

/** How the person's list entries stand against the incoming record's: [clash, own entry held]. */
function listFindings(incoming: readonly ListEntry[], held: readonly ListEntry[]): [boolean, boolean] {
  let clash = false;
  let own = false;
  for (const x of incoming)
    for (const y of held) {
      if (!sameList(x, y)) continue;
      if (x.id === y.id) own = true;
      else clash = true;
    }
  return [clash, own];
}

/** Groups the candidates by person and compares each record with the incoming one. */
function tally(a: NormalisedIdentity, incoming: AnyIdentityRecord, candidates: AnyIdentityRecord[], config: MatchConfig, adj: Adjustments) {
  const table = weightTable(config);
  const people = new Map<string, PersonTally>();
  for (let i = 0; i < candidates.length; i++) {
    const record = candidates[i]!;
    const id = record.id ?? `candidate-${i}`;
    // A known record is not its own duplicate.
    if (incoming.id !== undefined && id === incoming.id) continue;
    const b = normaliseIdentity(record);
    const comparison = compareIdentities(a, b);
    const h: Held = { record, normalised: b, comparison, score: scoreComparison(comparison, table, adj) };
    const p = people.get(id);
    if (!p) {
      people.set(id, {
        id,
        held: [h],
        best: h,
        bestRule: null,
        linkable: null,
        verified: null,
        approved: null,
        identifierClash: false,
        listClash: false,
        moveRecorded: false,
      });
    } else {
      p.held.push(h);
      if (h.score > p.best.score) p.best = h;
    }
  }
  for (const p of people.values()) {
    let apart = false;
    let same = false;
    for (const h of p.held) {
      if (identifiersApart(a, h.comparison)) apart = true;
      if (h.comparison.identifier === AGREE) same = true;
      if (a.listEntries.length && h.normalised.listEntries.length) {
        const [clash, own] = listFindings(a.listEntries, h.normalised.listEntries);
        if (clash) p.listClash = true;
        if (own) p.moveRecorded = true;
      }
    }
    p.identifierClash = apart && !same;
    for (const h of p.held) {
      const rule = ruleFor(a, h.normalised, h.comparison, p.moveRecorded);
      if (h === p.best) p.bestRule = rule;
      if (rule === RULE_VERIFIED_NHS_NUMBER) p.verified ??= h;
      else if (rule) p.approved ??= { ...h, rule };
      if (evidenceBarrier(h.comparison) === null && (!p.linkable || h.score > p.linkable.score)) p.linkable = h;
    }
  }
  return people;
}

const CLASH_WORDS = {
  NHS_NUMBER: 'The person holds a record with another verified NHS number: never joined automatically',
  NI_NUMBER_SUFFIX: 'The person holds a record with another NI number suffix: never joined automatically',
} as const;

/** Linking this person would join two verified numbers, or two client ids of one list: a reviewer's call. */
const clusterClash = (p: PersonTally) => p.identifierClash || p.listClash;

/**
 * A twin or sibling the identifiers already tell apart: the same family name and date of birth,
 * another given name, and identifiers saying two people (two verified NHS numbers, two NI
 * suffixes). Nothing is left for a reviewer to weigh, so such a person is never a review's reason.
 */
const toldApart = (a: NormalisedIdentity, p: PersonTally) => identifiersApart(a, p.best.comparison) && isPossibleTwin(p.best.comparison);

/**
 * Decides whether `incoming` is one of the people behind `candidates` (known records carrying
 * their hub `id`; a person may appear through several records). LINK names the person;
 * REVIEW lists the possible matches best first; NEW lists the nearest people whose score is
 * positive (more evidence for than against), if any. When `incoming` carries an id (re-matching
 * a known person), candidates filed under that same id are ignored. With `frequencies` (the
 * index's, when it holds the whole register), agreeing on a common name or date of birth counts
 * for less than on a rare one.
 */
export function decide(
  incoming: AnyIdentityRecord,
  candidates: AnyIdentityRecord[],
  config: MatchConfig,
  frequencies?: TermFrequencies,
): MatchOutcome {
  const a = normaliseIdentity(incoming);
  const table = weightTable(config);
  const adj = adjustmentsFor(a, config, frequencies);
  const people = tally(a, incoming, candidates, config, adj);

  const ranked = [...people.values()].sort((x, y) => y.best.score - x.best.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const scoredAs = (p: PersonTally, h: Held, rule: string | null): ScoredCandidate => {
    const c = materialise(incoming, h.record, h.comparison, config, rule, p.id, p.moveRecorded, adj);
    if (p.identifierClash) c.reasons.push(CLASH_WORDS[a.identifierKind]);
    if (p.listClash) c.reasons.push('The agency list this record comes from already holds the person under another client id');
    return c;
  };
  const scored = (p: PersonTally): ScoredCandidate => scoredAs(p, p.best, p.bestRule);
  const reviewable = ranked.filter((p) => !toldApart(a, p));
  const review = (first: PersonTally[]): MatchOutcome => {
    const listed = new Set(first);
    for (const p of reviewable) if (p.best.score >= config.reviewThreshold) listed.add(p);
    if (listed.size === 0 && ranked[0]) listed.add(ranked[0]);
    return { kind: 'REVIEW', candidates: [...listed].slice(0, Math.max(config.maxCandidates, first.length)).map(scored) };
  };

  // 1. A verified NHS number, held by exactly one person.
  const verified = ranked.filter((p) => p.verified);
  if (verified.length === 1) {
    const p = verified[0]!;
    if (clusterClash(p)) return review([p]);
    return { kind: 'LINK', candidate: scoredAs(p, p.verified!, RULE_VERIFIED_NHS_NUMBER) };
  }
  if (verified.length > 1) return review(verified);

  // 2. An approved combination of fields, satisfied by exactly one person.
  const approved = ranked.filter((p) => p.approved);
  if (approved.length === 1) {
    const p = approved[0]!;
    if (clusterClash(p)) return review([p]);
    return { kind: 'LINK', candidate: scoredAs(p, p.approved!, p.approved!.rule) };
  }
  if (approved.length > 1) return review(approved);

  // 3. The Fellegi–Sunter score.
  if (!ranked.length) return { kind: 'NEW', candidates: [] };
  const best = reviewable[0];
  if (best && best.best.score >= config.linkThreshold) {
    const l = best.linkable;
    if (l && l.score >= config.linkThreshold && !clusterClash(best)) {
      const second = reviewable[1];
      const margin = config.ambiguityMargin ?? AMBIGUITY_MARGIN;
      const ambiguous = second !== undefined && l.score - second.best.score < margin;
      // An unverified identifier (an NHS number not traced, any NI suffix) never links on its own: the other fields must reach review by themselves.
      const identifierCarried = l.score - table[0]![l.comparison.identifier]! < config.reviewThreshold;
      const needed =
        config.linkThreshold +
        (unrecordedMove(l.comparison, best.moveRecorded) ? (config.unrecordedMoveMargin ?? UNRECORDED_MOVE_MARGIN) : 0);
      if (!ambiguous && !identifierCarried && !isPossibleTwin(l.comparison) && l.score >= needed)
        return { kind: 'LINK', candidate: scoredAs(best, l, null) };
    }
    return review([]);
  }
  if (best && best.best.score >= config.reviewThreshold) return review([]);
  // The nearest people, when any has more evidence for than against.
  const near: PersonTally[] = [];
  for (const p of ranked) if (p.best.score > 0 && near.length < config.maxCandidates) near.push(p);
  return { kind: 'NEW', candidates: near.map(scored) };
}
