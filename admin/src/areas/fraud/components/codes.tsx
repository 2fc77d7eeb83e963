import {
  type DecisionCountdown,
  DISCRETION_TIERS,
  FRAUD_CAUSES,
  FRAUD_CLUE_SOURCES,
  FRAUD_EXECUTION_KINDS,
  FRAUD_PARTY_TYPES,
  FRAUD_PAUSE_KINDS,
  chinaDate,
} from '@yibao/shared';
import { Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export const CLUES = 'fraud-clues';
export const CASES = 'fraud-cases';

/** Options of the fraud area's code lists (labels from shared, both languages). */
export function useFraudCodes() {
  const { t } = useTranslation();
  const of = (section: string, values: readonly string[]) => values.map((c) => ({ value: c, label: t(`${section}.${c}`) }));
  return {
    sources: of('fraudClueSources', FRAUD_CLUE_SOURCES),
    partyTypes: of('fraudPartyTypes', FRAUD_PARTY_TYPES),
    causes: of('fraudCauses', FRAUD_CAUSES),
    pauseKinds: of('fraudPauseKinds', FRAUD_PAUSE_KINDS),
    executionKinds: of('fraudExecutionKinds', FRAUD_EXECUTION_KINDS),
    tiers: of('discretionTiers', DISCRETION_TIERS),
  };
}

/** Today in China: no step is dated in the future. */
export const chinaToday = (): Dayjs => dayjs(chinaDate(new Date()));
export const afterToday = (d: Dayjs) => d.isAfter(chinaToday(), 'day');

/**
 * The countdown to the decision deadline (令第4号 art. 45): days left, a 中止 badge while a pause holds the clock, red
 * once past. Null once decided or terminated.
 */
export function Countdown({ countdown }: { countdown: DecisionCountdown | null }) {
  const { t } = useTranslation();
  if (!countdown) return <span className="yb-muted">—</span>;
  return (
    <Space size={4} wrap data-testid="countdown">
      {countdown.overdue ? (
        <Tag color="red" style={{ color: '#a8071a' }} data-testid="countdown-overdue">
          {t('fraud-cases.countdown.overdueBy', { days: -countdown.daysLeft })}
        </Tag>
      ) : (
        <span style={countdown.daysLeft <= 10 ? { color: '#ad4e00', fontWeight: 600 } : undefined}>
          {t('fraud-cases.countdown.daysLeft', { days: countdown.daysLeft })}
        </span>
      )}
      {countdown.paused && (
        <Tag color="blue" data-testid="countdown-paused">
          {t('fraud-cases.countdown.paused')}
          {countdown.pausedKind ? ` · ${t(`fraudPauseKinds.${countdown.pausedKind}`)}` : ''}
        </Tag>
      )}
    </Space>
  );
}

/** Causes as tags, each with its 条例 article. */
export function CauseTags({ causes }: { causes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap data-testid="causes">
      {causes.map((c) => (
        <Tag key={c}>{t(`fraudCauses.${c}`)}</Tag>
      ))}
    </Space>
  );
}
