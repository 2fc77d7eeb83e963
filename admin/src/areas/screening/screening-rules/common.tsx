import { useCustom, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, SUSPICION_DISMISS_REASONS, type ScreeningParametersBasis, type ScreeningRuleHitRate } from '@yibao/shared';
import { DatePicker, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RegionName } from '../../../components/RegionName';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { thisYear } from '../../../components/dates';
import { formatFen } from '../../../components/money';
import type { ApiError } from '../../../providers/http';

export const PREFIX = 'screening-rules';

/** The region (default the user's) and year (default this year) the catalogue is read for, kept in the URL. */
export function useRegionYear() {
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const year = Number(params.get('year')) || thisYear();
  const set = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next });
  return { regionCode, year, set, search: params.toString() };
}

/** `GET /api/screening-rules[/:id]?regionCode=&year=` */
export function useCatalogue<T>(path: string, regionCode: string | undefined, year: number) {
  const { result, query } = useCustom<T & Record<string, unknown>, ApiError>({
    url: path,
    method: 'get',
    config: { query: { regionCode, year } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
    errorNotification: false,
  });
  return { data: query.isSuccess ? (result?.data as T | undefined) : undefined, query };
}

/** The region and year pickers of the catalogue pages. */
export function RegionYearPickers({ regionCode, year, set }: Pick<ReturnType<typeof useRegionYear>, 'regionCode' | 'year' | 'set'>) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <label htmlFor="screening-rules-region">{t(`${PREFIX}.fields.region`)}</label>
      <RegionTreeSelect
        id="screening-rules-region"
        value={regionCode}
        allowClear={false}
        onChange={(c) => c && set({ regionCode: c })}
        style={{ width: 220 }}
        aria-label={t(`${PREFIX}.fields.region`)}
      />
      <label htmlFor="screening-rules-year">{t(`${PREFIX}.fields.year`)}</label>
      <DatePicker
        id="screening-rules-year"
        picker="year"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        disabledDate={(d) => d.year() < 2019 || d.year() > thisYear() + 1}
        onChange={(d) => d && set({ year: String(d.year()) })}
      />
    </Space>
  );
}

/** Whose parameters are shown: the pooling region's approved set, or the catalogue's defaults (and why). */
export function BasisText({ basis }: { basis: ScreeningParametersBasis }) {
  const { t } = useTranslation();
  if (!basis.poolingRegionCode) return <>{t(`${PREFIX}.basis.noPoolingRegion`)}</>;
  return (
    <>
      <RegionName code={basis.poolingRegionCode} />
      {t(`${PREFIX}.basis.${basis.basis === 'pooling_region' ? 'poolingRegion' : 'defaults'}`, { year: basis.year })}
    </>
  );
}

/** "72.5%" or "—" when nothing was reviewed. */
export const formatPrecision = (p: number | null) => (p === null ? '—' : `${(p * 100).toFixed(1)}%`);

/** The dismissed 疑点 by reason, as tags (reasons with none left out). */
export function DismissedByReason({ rate }: { rate: ScreeningRuleHitRate }) {
  const { t } = useTranslation();
  const reasons = SUSPICION_DISMISS_REASONS.filter((r) => rate.dismissedByReason[r] > 0);
  if (!reasons.length) return <>0</>;
  return (
    <Space size={[0, 4]} wrap>
      {reasons.map((r) => (
        <Tag key={r}>{`${t(`suspicionDismissReasons.${r}`)} ${rate.dismissedByReason[r]}`}</Tag>
      ))}
    </Space>
  );
}

export const yuan = (fen: number) => formatFen(fen);
