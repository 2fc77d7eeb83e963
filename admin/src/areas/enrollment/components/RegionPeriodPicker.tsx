import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';

/**
 * The header pickers of the area's report pages (参保率, 月通报): a labelled region, then a labelled month or
 * year. The pages keep both in the URL; this only renders them and reports a choice.
 */
export function RegionPeriodPicker({
  idPrefix,
  regionLabel,
  regionCode,
  onRegion,
  regionWidth = 200,
  periodLabel,
  picker,
  period,
  disabledPeriod,
  onPeriod,
  periodTestId,
}: {
  /** ids `<idPrefix>-region` and `<idPrefix>-<picker>` for the labels */
  idPrefix: string;
  regionLabel: string;
  regionCode: string | undefined;
  onRegion: (code: string) => void;
  regionWidth?: number;
  periodLabel: string;
  picker: 'month' | 'year';
  period: Dayjs;
  disabledPeriod: (d: Dayjs) => boolean;
  onPeriod: (d: Dayjs) => void;
  periodTestId?: string;
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-region`}>{regionLabel}</label>
      <RegionTreeSelect
        id={`${idPrefix}-region`}
        value={regionCode}
        allowClear={false}
        onChange={(c) => c && onRegion(c)}
        style={{ width: regionWidth }}
        aria-label={regionLabel}
      />
      <label htmlFor={`${idPrefix}-${picker}`}>{periodLabel}</label>
      <DatePicker
        id={`${idPrefix}-${picker}`}
        picker={picker}
        allowClear={false}
        value={dayjs(period)}
        disabledDate={disabledPeriod}
        onChange={(d) => d && onPeriod(d)}
        data-testid={periodTestId}
      />
    </>
  );
}
