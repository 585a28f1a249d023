/**
 * Record linkage: deciding whether an incoming identity is someone already known.
 * Order of evidence (standards-and-security §4): a verified NHS number first; then approved
 * combinations of normalised fields with at most one fuzzy field; then a Fellegi–Sunter score.
 */

/**
 * The identifier a register holds beside the names: people carry the NHS number (checked,
 * possibly verified against PDS); personal assistants the last three characters of their
 * National Insurance number (weak: about one person in a thousand shares them, never verified).
 */
export type IdentifierKind = 'NHS_NUMBER' | 'NI_NUMBER_SUFFIX';

/**
 * Where a record came from: an agency's list (e.g. "COUNCIL|E06000047") and the record's client id
 * on it. One list never holds one person under two client ids, so two records from the same list
 * with different ids are two people unless a reviewer says otherwise.
 */
export interface ListEntry {
  list: string;
  id: string;
}

/** What every identity may carry beside its names, whichever register holds it. */
interface RecordFacts {
  /** Recorded sex ("F"/"M", "female"/"male", or NHS codes 1/2); anything else counts as not held. */
  sex?: string | null;
  /** The agency lists holding this record, with its client id on each. */
  listEntries?: readonly ListEntry[];
}

/** An identity as agencies hold it. Dates are YYYY-MM-DD. */
export interface IdentityRecord extends RecordFacts {
  /** Hub id when the record is already known. */
  id?: string;
  nhsNumber: string | null;
  /** UK Core verification code, 01-08; only 01 may link automatically. */
  nhsNumberStatus: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcodeDistrict: string | null;
}

/** A personal assistant's identity as PA registers hold it. Dates are YYYY-MM-DD. */
export interface PaIdentityRecord extends RecordFacts {
  /** Hub id when the PA is already known. */
  id?: string;
  /** The last three characters of the NI number ("56C"), or null when not held. */
  niNumberSuffix: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcodeDistrict: string | null;
}

/** Either kind of identity the engine compares (one kind per comparison: the config's). */
export type AnyIdentityRecord = IdentityRecord | PaIdentityRecord;

export type MatchField = IdentifierKind | 'GIVEN_NAME' | 'FAMILY_NAME' | 'DATE_OF_BIRTH' | 'POSTCODE_DISTRICT' | 'SEX';
export type FieldComparison = 'AGREE' | 'FUZZY' | 'DISAGREE' | 'MISSING';

/** One field's part in a score: how it compared and the log2 weight it added. */
export interface FieldContribution {
  field: MatchField;
  comparison: FieldComparison;
  weight: number;
  /** e.g. "Jaro-Winkler 0.93", "nickname Bill ~ William", "day and month transposed". */
  detail: string | null;
}

export interface ScoredCandidate {
  personId: string;
  /** Sum of the field weights (log2 likelihood ratio). */
  score: number;
  /** The approved deterministic rule that matched, if any (e.g. "VERIFIED_NHS_NUMBER", "NAMES_DOB_POSTCODE", "NI_SUFFIX_NAMES_DOB"). */
  rule: string | null;
  contributions: FieldContribution[];
  /** Plain-words reasons for a reviewer. */
  reasons: string[];
}

export type MatchOutcome =
  | { kind: 'LINK'; candidate: ScoredCandidate }
  | { kind: 'REVIEW'; candidates: ScoredCandidate[] }
  | { kind: 'NEW'; candidates: ScoredCandidate[] };

/** Per-field Fellegi–Sunter probabilities: m = P(agree | same person), u = P(agree | different people). */
export interface FieldWeights {
  m: number;
  u: number;
  /** Probability of a fuzzy agreement among matches / non-matches (for fields compared fuzzily). */
  mFuzzy?: number;
  uFuzzy?: number;
  /**
   * NHS number only: P(same number | same person) when both records carry a verified (01) number.
   * Tracing makes a disagreement between two verified numbers far stronger evidence of two people
   * than one between unverified numbers, so it has its own (larger, negative) disagreement weight.
   */
  mVerified?: number;
  /**
   * Agreement weighs 0, only disagreement counts: for a field that largely follows from another
   * (sex from the given name, whose agreement already counts), agreeing twice would count the
   * same evidence twice, while a disagreement is news (a miscoding, or another person).
   */
  neutralAgreement?: boolean;
}

export interface MatchConfig {
  /** The identifier compared beside the names (default NHS_NUMBER); its weights are keyed by it. */
  identifierKind?: IdentifierKind;
  /** Scores at or above this link automatically (when no deterministic rule did). */
  linkThreshold: number;
  /** Scores at or above this (and below linkThreshold) go to review. */
  reviewThreshold: number;
  /** Per field; the identifier's under the config's identifierKind. */
  weights: { [F in MatchField]?: FieldWeights };
  /** Candidates listed on a review item, best first. */
  maxCandidates: number;
  /**
   * When the two best people score within this many bits of each other at or above the link
   * threshold, the record goes to review instead (default 2).
   */
  ambiguityMargin?: number;
  /**
   * Bits a score link must clear above the link threshold when the postcode district differs,
   * nothing records the move and the identifier does not agree (default 3): a namesake living
   * elsewhere looks just like someone who moved.
   */
  unrecordedMoveMargin?: number;
}

/**
 * A record after normalisation: what every comparison and blocking key works on.
 * Names are lower-case ASCII letters (accents, punctuation, hyphens and apostrophes removed,
 * "Mac" folded to "mc"); an NHS number is kept only when its check digit is valid, an NI
 * number suffix only when it has the form of one (two digits and a letter A-D).
 */
export interface NormalisedIdentity {
  identifierKind: IdentifierKind;
  /** Ten digits of a valid NHS number, or an NI suffix such as "56C"; null when absent or malformed. */
  identifier: string | null;
  /** An NHS number with status 01 (traced and verified); never an NI suffix. */
  identifierVerified: boolean;
  /** Given names, tokens joined by single spaces ("mary ann"). */
  givenName: string;
  /** The first given name ("mary"). */
  givenFirst: string;
  /** Nickname groups the first given name belongs to (the formal names: "bill" -> ["william"]). */
  givenGroups: readonly string[];
  /** Family name with spaces removed ("smithjones", "mcdonald", "oneill"). */
  familyName: string;
  /** The parts of a double-barrelled or multi-word family name. */
  familyParts: readonly string[];
  /** Soundex of the family name. */
  familyPhonetic: string;
  /** YYYY-MM-DD when a real calendar date, else null. */
  dateOfBirth: string | null;
  birthYear: number;
  birthMonth: number;
  birthDay: number;
  /** Outward code, upper-case without spaces ("NE1", "CH7"), or null. */
  postcodeDistrict: string | null;
  /** The letters of the district ("NE", "CH"). */
  postcodeArea: string | null;
  /** "F" or "M", or null when not held (or held as unknown or indeterminate). */
  sex: 'F' | 'M' | null;
  /** The record's entries on agency lists. */
  listEntries: readonly ListEntry[];
}
