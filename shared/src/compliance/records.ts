import type { ComplianceActionStatus, ComplianceIndicatorId, ComplianceStatus } from './codes';
import type { ParameterSetRecord } from '../platform/records';
import type { ComplianceIndicatorDefinition } from './indicator';
import type { ComplianceTargets } from './targets';

/**
 * Wire shapes of the compliance area's responses (issue 18). Rates are fractions, counts integers, dates YYYY-MM-DD,
 * times ISO. Owners add fields; nobody renames one.
 */

/** One stored result (issue 18's shape): a region's figure for one indicator in one period. Owner: C3. */
export interface ComplianceResultRow {
  regionCode: string;
  period: string;
  indicatorId: ComplianceIndicatorId;
  numerator: number;
  denominator: number;
  value: number | null;
  status: ComplianceStatus;
}

/** `GET /api/compliance/indicators` item: the definition with the line in force for the asked region and year. Owner: C3. */
export interface ComplianceIndicatorItem extends ComplianceIndicatorDefinition {
  /** the line that applies to `regionCode`/`year` of the request (the default when no target set is in force) */
  target: { threshold: number; amberBand: number; source: string };
}

/** One scorecard cell. Owner: C3. */
export interface ComplianceCell extends ComplianceResultRow {
  /** the line the status was judged against */
  threshold: number;
  previousValue: number | null;
  /** against the previous period, when the change exceeds the indicator's effective gap */
  arrow: 'up' | 'down' | null;
  /** the figure is a frozen snapshot's */
  frozen: boolean;
  /** a run after the freeze computed a different figure (kept aside, the frozen one shown) */
  changedSinceFrozen: boolean;
  liveNumerator: number | null;
  liveDenominator: number | null;
  /** follow-up actions not done or cancelled, and comments, on this cell (C4 fills them) */
  openActions: number;
  comments: number;
}

/** One row of the scorecard: a region of the tree. Owner: C3. */
export interface ComplianceScorecardRow {
  regionCode: string;
  regionName: string;
  level: string;
  parentCode: string | null;
  /** depth below the asked region (0 = the region itself) */
  depth: number;
  hasChildren: boolean;
  cells: Partial<Record<ComplianceIndicatorId, ComplianceCell>>;
  redCount: number;
}

/** `GET /api/compliance?regionCode=&period=`. Owner: C3. */
export interface ComplianceScorecard {
  regionCode: string;
  period: string;
  /** the run the figures come from; null when the period was never computed */
  runId: number | null;
  computedAt: string | null;
  /** the snapshot that froze this region's period, if any */
  snapshotId: number | null;
  indicators: ComplianceIndicatorId[];
  rows: ComplianceScorecardRow[];
  /** the average row: the mean of the shown child rows' values per indicator (HISP's average row) */
  average: Partial<Record<ComplianceIndicatorId, number | null>>;
}

/** One point of a cell's trend. Owner: C3. */
export interface ComplianceTrendPoint {
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: ComplianceStatus;
}

/** `GET /api/compliance/cells/:regionCode/:period/:indicatorId`: what the explanation drawer shows. Owner: C3. */
export interface ComplianceCellExplanation {
  regionCode: string;
  regionName: string;
  period: string;
  indicator: ComplianceIndicatorItem;
  cell: ComplianceCell | null;
  trend: ComplianceTrendPoint[];
  /** the list of exactly the numerator's records: admin resource and filled filters */
  drillDown: { resource: string; filter: Record<string, string> };
}

/** A follow-up action on a cell. Owner: C4. */
export interface ComplianceActionRecord {
  id: number;
  regionCode: string;
  regionName: string | null;
  period: string;
  indicatorId: ComplianceIndicatorId;
  title: string;
  responsibleRegionCode: string;
  responsibleRegionName: string | null;
  dueOn: string;
  status: ComplianceActionStatus;
  reviewOn: string | null;
  overdue: boolean;
  /** the rectification item opened from the cell, if the action is one */
  rectificationItemId: number | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** the workflow's state, the same as `status` (the engine's records carry it) */
  state: ComplianceActionStatus;
  /** the workflow actions the caller may take now */
  actions: string[];
  /** the province or city that filed it (it closes, cancels and reopens) */
  filedRegionCode: string;
}

/** A comment on a cell. Owner: C4. */
export interface ComplianceCommentRecord {
  id: number;
  regionCode: string;
  period: string;
  indicatorId: ComplianceIndicatorId;
  text: string;
  authorName: string | null;
  createdAt: string;
}

/** A frozen period. Owner: C3. */
export interface ComplianceSnapshotRecord {
  id: number;
  regionCode: string;
  regionName: string | null;
  period: string;
  /** SHA-256 (hex) over the canonical results of the region's subtree for the period */
  hash: string;
  resultCount: number;
  frozenBy: string | null;
  frozenAt: string;
  /** cells a later run would have changed */
  changedCells: number;
}

/** `GET /api/compliance-snapshots/:id/verify`. Owner: C3. */
export interface ComplianceSnapshotVerification {
  id: number;
  hash: string;
  recomputedHash: string;
  intact: boolean;
  checkedAt: string;
}

/** One headline indicator of the home page: the region's value now and its last 12 months (sparkline). Owner: C4. */
export interface ComplianceHomeIndicator {
  indicatorId: ComplianceIndicatorId;
  /** the home's period's figure (null: never computed) */
  current: ComplianceTrendPoint | null;
  /** the 12 months ending with the home's period, oldest first; a month never computed has value null, status no_data */
  trend: ComplianceTrendPoint[];
}

/** One child region on the home page, ranked by its red cells in the home's period. Owner: C4. */
export interface ComplianceHomeRegion {
  regionCode: string;
  regionName: string | null;
  redCells: number;
  amberCells: number;
  /** cells with a figure (red + amber + green) */
  computedCells: number;
}

/** `GET /api/compliance/home?regionCode=`: the supervisor's landing page for a region's subtree. Owner: C4. */
export interface ComplianceHome {
  regionCode: string;
  regionName: string | null;
  /** the month shown (the current China month unless asked) */
  period: string;
  headline: ComplianceHomeIndicator[];
  /** the region's children, most red cells first */
  children: ComplianceHomeRegion[];
  /** the caller's inbox (`GET /api/inbox/summary`) */
  inbox: { total: number; overdue: number };
  /** follow-up actions not done or cancelled in the region's subtree: how many, how many overdue, the first by due date */
  openActions: { total: number; overdue: number; items: ComplianceActionRecord[] };
}

/** `compliance-targets` parameter set on the wire (the document under `targets`). Owner: C3. */
export type ComplianceTargetsRecord = ParameterSetRecord<'targets', ComplianceTargets>;

/** What a compliance run's job answers as its result (`GET /api/compliance-runs/:id`). Owner: C3. */
export interface ComplianceRunSummary {
  regionCode: string;
  period: string;
  /** China date the run counted up to */
  today: string;
  /** regions written (the region and its subtree down to counties, and any unit a computer named) */
  regions: number;
  /** result rows written or kept */
  results: number;
  /** frozen rows kept as they were */
  frozenKept: number;
  /** of those, rows whose run figure differs from the frozen one (changed since frozen) */
  frozenChanged: number;
  /** the target sets that judged the statuses (null entries: the catalogue's defaults) */
  targetSetIds: number[];
  byStatus: Record<ComplianceStatus, number>;
}
