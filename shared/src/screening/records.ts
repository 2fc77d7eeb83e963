import type { WorkflowRecord } from '../platform/records';
import type { FlightCheckWeighting, FraudSuspicionState, ScreeningRuleId, ScreeningRuleType, SuspicionDismissReason } from './codes';

/** Wire shapes of the screening area's responses. Amounts in fen, dates YYYY-MM-DD, times ISO. */

/** One settlement a 疑点 rests on, as the 疑点 page shows it side by side (the person's ID masked). */
export interface SuspicionSettlement {
  id: number;
  settledOn: string;
  admittedOn: string | null;
  dischargedOn: string | null;
  diagnosisCode: string | null;
  institutionCode: string;
  institutionName: string;
  visitType: string;
  totalCost: number;
  inPolicyCost: number;
  paidOutOfPocket: number;
  flags: string[];
}

/** `GET /api/fraud-suspicions` item. */
export interface FraudSuspicionListItem extends WorkflowRecord {
  state: FraudSuspicionState;
  runId: number;
  ruleId: ScreeningRuleId;
  /** the county the 疑点 belongs to (the institution's, else the settlement's) */
  regionCode: string;
  regionName: string | null;
  institutionCode: string | null;
  institutionName: string | null;
  /** masked (前 6 位 + 后 4 位) unless revealed; null for an institution-level rule */
  idNumber: string | null;
  personName: string | null;
  settlementIds: number[];
  /** fen */
  amountAtStake: number;
  /** one line: what the rule found, with the parameter values that applied */
  detail: string;
  /** the current stage's due date (working days from the province's time limits); null when finished */
  dueOn: string | null;
  /** the due date was counted Monday–Friday: its year had no holiday calendar */
  dueApproximate: boolean;
  overdue: boolean;
  claimedAt: string | null;
  /** who claimed it for review (display name), null when unclaimed */
  claimedBy: string | null;
  claimedById: number | null;
  dismissReason: SuspicionDismissReason | null;
  /** the fraud clue a confirmed violation opened */
  clueId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/fraud-suspicions/:id`: the item with the triggering settlements. */
export interface FraudSuspicionRecord extends FraudSuspicionListItem {
  settlements: SuspicionSettlement[];
  /** the settlement year the rule ran over */
  year: number;
}

/** `POST /api/fraud-suspicions/claim` and `/release`: the 疑点 now claimed by (or released from) the caller. */
export interface SuspicionClaimResult {
  /** how many changed hands in this request */
  count: number;
  ids: number[];
}

/** `POST /api/fraud-suspicions/:id/reveal`: the person's whole ID number (audited). */
export interface FraudSuspicionRevealed {
  id: number;
  idNumber: string | null;
}

/** Per rule of a run: what it read and what it found (`GET /api/screening-runs/:id` → summary.rules). */
export interface ScreeningRunRuleLine {
  ruleId: ScreeningRuleId;
  /** incremental: only settlements recorded after `sinceSettlementId` were read (with their partners for pair rules) */
  incremental: boolean;
  sinceSettlementId: number | null;
  /** settlements the rule read */
  read: number;
  /** hits found in this run */
  hits: number;
  created: number;
  updated: number;
  unchanged: number;
  /** hits whose 疑点 is already finished (violation or dismissed): never reopened */
  finished: number;
  /** fen at stake over the hits */
  amountAtStake: number;
  /** institution_outlier: nothing it reads changed since its mark, so the year was not recomputed (no hits read) */
  skipped: boolean;
  /** a full run of the pooling region: pending, unclaimed 疑点 whose hit it no longer found, dismissed (data_error) */
  stale: number;
  /** how long the rule took (its statement and its writes), seconds */
  seconds: number;
}

/** A screening run's result (the job's summary). */
export interface ScreeningRunSummary {
  regionCode: string;
  year: number;
  /** which parameter set applied: the pooling region's approved set of the year, or the catalogue defaults */
  parameterSetId: number | null;
  rules: ScreeningRunRuleLine[];
}

/** Per rule and region: how its 疑点 fared (the catalogue's hit rate). */
export interface ScreeningRuleHitRate {
  ruleId: ScreeningRuleId;
  regionCode: string;
  total: number;
  open: number;
  /** reached a review decision: confirmed (violation) or dismissed */
  reviewed: number;
  confirmed: number;
  dismissed: number;
  dismissedByReason: Record<SuspicionDismissReason, number>;
  /** confirmed ÷ reviewed, null when none reviewed */
  precision: number | null;
  /** fen at stake over the confirmed 疑点 */
  confirmedAmount: number;
}

/** `GET /api/screening-rules` item: the rule with its defaults, the values in force for the region and year, and its hit rate. */
export interface ScreeningRuleCatalogueItem {
  id: ScreeningRuleId;
  name: { zh: string; en: string };
  type: ScreeningRuleType;
  /** the logic in words, zh and en */
  logic: { zh: string; en: string };
  source: string;
  /** parameter key → {value, source} in force (the region's approved set, else the default) */
  parameters: Record<string, { value: unknown; source: string }>;
  /** whose parameters: the pooling region's approved set of the year, or the catalogue defaults */
  parametersBasis: ScreeningParametersBasis;
  /** `person`: a hit is one person's settlements; `institution`: one institution */
  level: 'person' | 'institution';
  hitRate: ScreeningRuleHitRate;
}

/** Which parameters a catalogue read shows: a pooling region's approved set for the year, or the defaults. */
export interface ScreeningParametersBasis {
  basis: 'pooling_region' | 'defaults';
  /** the pooling region whose set was looked for; null when the region asked for is a province (no pooling region: the defaults) */
  poolingRegionCode: string | null;
  year: number;
  /** the approved `screening-parameters` set; null for the defaults */
  setId: number | null;
}

/** A drawn institution of a 双随机 draw. */
export interface DrawnInstitution {
  code: string;
  name: string;
  regionCode: string;
  /** the draw weight (1 uniform; fen of open 疑点 + 1 risk-weighted) */
  weight: number;
}

/** A drawn inspector (recused: none from the county of a drawn institution). */
export interface DrawnInspector {
  userId: number;
  displayName: string;
  regionCode: string;
}

/** `POST /api/flight-check-draws` and `GET /api/flight-check-draws/:id`. */
export interface FlightCheckDrawRecord {
  id: number;
  regionCode: string;
  institutionCount: number;
  inspectorCount: number;
  weighting: FlightCheckWeighting;
  /** the seed used (given or generated), so anyone can re-run the draw */
  seed: string;
  /** sha256 of the candidate lists in draw order, hex */
  candidateHash: string;
  institutions: DrawnInstitution[];
  inspectors: DrawnInspector[];
  /** the inspections (kind flight_check) created from the draw; empty until created */
  inspectionIds: number[];
  drawnBy: string;
  drawnAt: string;
  regionName: string | null;
  /** institutions with an active agreement in the region when drawn (the pool) */
  institutionCandidates: number;
  /** active inspectors in the region when drawn, and those left after recusal (the pool the team came from) */
  inspectorCandidates: number;
  eligibleInspectors: number;
  version: number;
}

/** `GET /api/flight-check-draws/:id/verify`: the draw re-run from its seed over the candidates as they are now. */
export interface FlightCheckDrawVerification {
  drawId: number;
  seed: string;
  /** the hash stored with the draw, and the current candidates' */
  storedHash: string;
  currentHash: string;
  /** the candidate lists are exactly those the draw read */
  hashMatches: boolean;
  /** the re-run draws the same institutions and inspectors in the same order */
  resultMatches: boolean;
  institutions: DrawnInstitution[];
  inspectors: DrawnInspector[];
  /** the re-run was refused (too few candidates now): which count and what is available */
  refusal: { field: 'institutionCount' | 'inspectorCount'; requested: number; available: number } | null;
  checkedAt: string;
}
