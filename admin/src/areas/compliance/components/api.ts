import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ComplianceCellExplanation, ComplianceHome, ComplianceIndicatorId, ComplianceIndicatorItem, ComplianceScorecard } from '@yibao/shared';
import { type ApiError, apiFetch } from '../../../providers/http';

/**
 * The compliance area's reads. Every key starts with `compliance`, so a run, a freeze, a comment or an action
 * refreshes what it changed with one `invalidateCompliance()`.
 */
const KEY = 'compliance';

const get = async <T>(path: string, params: Record<string, string | number | boolean | undefined>): Promise<T> => {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  return (await apiFetch<T>(path, { query })).data;
};

/** The scorecard's filters (HISP's view options): one area's columns, only rows with a red cell, the top/bottom N rows. */
export interface ScorecardOptions {
  area?: string;
  onlyRed?: boolean;
  top?: number;
  bottom?: number;
}

const scorecardQuery = (regionCode: string, period: string, depth: number, options: ScorecardOptions) => ({
  queryKey: [KEY, 'scorecard', regionCode, period, depth, options],
  queryFn: () =>
    get<ComplianceScorecard>('/compliance', {
      regionCode,
      period,
      depth,
      area: options.area,
      onlyRed: options.onlyRed ? true : undefined,
      top: options.top,
      bottom: options.bottom,
    }),
  staleTime: 0,
});

/** `GET /api/compliance?regionCode=&period=&depth=1…`: the region and its children. */
export function useScorecard(regionCode: string | undefined, period: string, options: ScorecardOptions) {
  return useQuery<ComplianceScorecard, ApiError>({ ...scorecardQuery(regionCode ?? '', period, 1, options), enabled: Boolean(regionCode) });
}

/** The children of the rows the user expanded (each row's own scorecard, one level down), in the order asked. */
export function useExpandedScorecards(codes: readonly string[], period: string, options: ScorecardOptions) {
  return useQueries({ queries: codes.map((code) => scorecardQuery(code, period, 1, options)) }) as Array<{
    data?: ComplianceScorecard;
    isLoading: boolean;
    error: ApiError | null;
  }>;
}

/** `GET /api/compliance/indicators?regionCode=&year=`: the catalogue with the lines in force there. */
export function useIndicators(regionCode: string | undefined, year: number) {
  return useQuery<ComplianceIndicatorItem[], ApiError>({
    queryKey: [KEY, 'indicators', regionCode, year],
    queryFn: () => get('/compliance/indicators', { regionCode, year }),
    enabled: Boolean(regionCode),
  });
}

/** A cell, as the drawer and the URL name it. */
export interface CellRef {
  regionCode: string;
  period: string;
  indicatorId: ComplianceIndicatorId;
}

export const cellPath = (c: CellRef) =>
  `/compliance/cells/${encodeURIComponent(c.regionCode)}/${encodeURIComponent(c.period)}/${encodeURIComponent(c.indicatorId)}`;

/** `GET /api/compliance/cells/:regionCode/:period/:indicatorId`: formula, figures, line, source, trend, drill-down. */
export function useCellExplanation(cell: CellRef | undefined) {
  return useQuery<ComplianceCellExplanation, ApiError>({
    queryKey: [KEY, 'cell', cell],
    queryFn: () => get(cellPath(cell!), {}),
    enabled: Boolean(cell),
    staleTime: 0,
  });
}

/** Everything the compliance pages read again after a run, a freeze, a comment or an action. */
export function useInvalidateCompliance() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [KEY] });
}

/** `GET /api/compliance/home?regionCode=`: the home dashboard of a province, city or county. */
export function useComplianceHome(regionCode: string | undefined) {
  return useQuery<ComplianceHome, ApiError>({
    queryKey: [KEY, 'home', regionCode],
    queryFn: () => get('/compliance/home', { regionCode }),
    enabled: Boolean(regionCode),
    staleTime: 0,
  });
}
