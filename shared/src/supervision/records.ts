import type { RegionLevel } from '../regions';

/** Wire shapes of the supervision area's responses (what the API's toRecord()s return). */

/** One responsibility of a table (a row of S0 Annex 2). */
export interface ResponsibilityRow {
  role: string;
  name: string;
  unit: string;
  title: string;
  phone: string;
}

/** `GET /api/responsibility-tables/:id` */
export interface ResponsibilityTableRecord {
  id: number;
  regionCode: string;
  regionName: string | null;
  year: number;
  state: string;
  version: number;
  dueDate: string;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  approvedAt: string | null;
  late: boolean;
  rows: ResponsibilityRow[];
  actions: string[];
  createdAt: string;
  updatedAt: string;
}

/** One city or county of the status board, with its table for the year if any. */
export interface ResponsibilityStatusItem {
  regionCode: string;
  regionName: string;
  level: Extract<RegionLevel, 'city' | 'county'>;
  parentCode: string | null;
  tableId: number | null;
  /** a workflow state, or 'not_created' */
  state: string;
  dueDate: string;
  firstSubmittedAt: string | null;
  approvedAt: string | null;
  late: boolean;
}

/** `GET /api/responsibility-tables/status?year=` */
export interface ResponsibilityStatusBoard {
  year: number;
  dueDate: string;
  dueSource: string;
  summary: { total: number; filed: number; approved: number; late: number };
  items: ResponsibilityStatusItem[];
}
