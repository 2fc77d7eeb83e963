import { SETTLEMENT_TIERS, type SettlementRecordFlag, type SettlementTiers } from '@yibao/shared';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/*
 * The settlement code lists in words and colours. The labels (settlementFlags.*, tiers.*) follow the one
 * convention: a code list's zh and en labels are declared in shared/ (defineCodes) and composed into both
 * locales by providers/i18n.ts; only the hints are the admin's own text.
 */

/** Tag colour and a text colour that keeps WCAG AA contrast on the tag's tint. */
const FLAG_COLORS: Record<SettlementRecordFlag, { color: string; text: string }> = {
  oop_over_cap: { color: 'red', text: '#a8071a' },
  zero_oop: { color: 'orange', text: '#ad4e00' },
  in_catalogue_below_min: { color: 'gold', text: '#874d00' },
  reimbursement_over_ceiling: { color: 'magenta', text: '#9e1068' },
  recorded_mismatch: { color: 'purple', text: '#391085' },
  institution_suspended: { color: 'volcano', text: '#871400' },
};

/** A settlement's flags as coloured tags; none → a muted dash. */
export function FlagTags({ flags }: { flags: readonly string[] }) {
  const { t } = useTranslation();
  if (!flags.length) return <span className="yb-muted">—</span>;
  return (
    <span data-testid="settlement-flags">
      {flags.map((f) => {
        const c = FLAG_COLORS[f as SettlementRecordFlag] ?? { color: 'default', text: '#262626' };
        return (
          <Tooltip key={f} title={t(`settlementFlags.hints.${f}`, { defaultValue: '' })}>
            <Tag color={c.color} style={{ color: c.text, marginBottom: 2 }} data-testid={`flag-${f}`}>
              {t(`settlementFlags.${f}`, { defaultValue: f })}
            </Tag>
          </Tooltip>
        );
      })}
    </span>
  );
}

/** A colour per tier of a settlement (the tiers in payment order: SETTLEMENT_TIERS). */
export const TIER_COLORS: Record<(typeof SETTLEMENT_TIERS)[number], string> = {
  basic: '#1558b0',
  criticalIllness: '#0e7c7b',
  medicalAid: '#6b3fa0',
  other: '#8c6d1f',
  outOfPocket: '#b3261e',
};

/** The tiers as one horizontal stacked bar with a legend; each part's share of the total in its title. */
export function TierBar({ tiers, total }: { tiers: SettlementTiers; total: number }) {
  const { t } = useTranslation();
  const share = (v: number) => (total > 0 ? (v * 100) / total : 0);
  return (
    <div data-testid="tier-bar">
      <div role="img" aria-label={t('tiers.barTitle')} style={{ display: 'flex', height: 22, borderRadius: 4, overflow: 'hidden', background: '#f5f7fa' }}>
        {SETTLEMENT_TIERS.filter((k) => tiers[k] > 0).map((k) => (
          <div key={k} title={`${t(`tiers.${k}`)} ${share(tiers[k]).toFixed(1)}%`} style={{ width: `${share(tiers[k])}%`, background: TIER_COLORS[k] }} />
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 6, fontSize: 12 }}>
        {SETTLEMENT_TIERS.map((k) => (
          <span key={k}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: TIER_COLORS[k], marginRight: 4, borderRadius: 2 }} />
            {t(`tiers.${k}`)} {share(tiers[k]).toFixed(1)}%
          </span>
        ))}
      </div>
    </div>
  );
}
