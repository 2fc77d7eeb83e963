import { FLIGHT_CHECK_WEIGHTINGS, type FlightCheckWeighting } from '@yibao/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'flight-check-draws';

/** The weighting options, labelled from shared (both languages). */
export function useWeightingOptions() {
  const { t } = useTranslation();
  return FLIGHT_CHECK_WEIGHTINGS.map((w) => ({ value: w, label: t(`flightCheckWeightings.${w}`) }));
}

export function WeightingTag({ weighting }: { weighting: FlightCheckWeighting }) {
  const { t } = useTranslation();
  return <Tag color={weighting === 'risk' ? 'volcano' : 'blue'}>{t(`flightCheckWeightings.${weighting}`)}</Tag>;
}

/** A hash cut for a list cell (the draw page shows it whole, copyable). */
export function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
