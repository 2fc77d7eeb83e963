import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  DiffOutlined,
  ExclamationCircleFilled,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { COMPLIANCE_STATUS_CODES, type ComplianceIndicatorDefinition, type ComplianceStatus } from '@yibao/shared';
import { Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A cell's traffic light (DHIS2/HISP's three classes plus "no data"): a tint, a dark text colour that keeps WCAG AA
 * contrast on it, and an icon of its own shape — the status is read from the icon and its text, never from colour alone.
 */
export const STATUS_STYLE: Record<ComplianceStatus, { background: string; border: string; text: string; icon: ReactNode; stroke: string }> = {
  green: { background: '#f6ffed', border: '#b7eb8f', text: '#237804', icon: <CheckCircleFilled />, stroke: '#389e0d' },
  amber: { background: '#fffbe6', border: '#ffe58f', text: '#874d00', icon: <ExclamationCircleFilled />, stroke: '#d48806' },
  red: { background: '#fff1f0', border: '#ffa39e', text: '#a8071a', icon: <CloseCircleFilled />, stroke: '#cf1322' },
  no_data: { background: '#fafafa', border: '#d9d9d9', text: '#595959', icon: <MinusCircleOutlined />, stroke: '#8c8c8c' },
};

export const COMPLIANCE_STATUSES = COMPLIANCE_STATUS_CODES.values;

type Measured = Pick<ComplianceIndicatorDefinition, 'measure'>;

/**
 * A rate (a fraction) as a percentage with one decimal, a count as a whole number (an average of counts, which need
 * not be whole, with one decimal); a dash for no value.
 */
export function formatComplianceValue(def: Measured | undefined, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (def?.measure === 'count') return Number.isInteger(value) ? value.toLocaleString('zh-CN') : value.toFixed(1);
  return `${(value * 100).toFixed(1)}%`;
}

/** The line as the cell is judged against it: "≥ 99.0%", "≤ 0". */
export function formatThreshold(def: Pick<ComplianceIndicatorDefinition, 'measure' | 'comparator'>, threshold: number): string {
  return `${def.comparator === '>=' ? '≥' : '≤'} ${formatComplianceValue(def, threshold)}`;
}

/** The status as its icon and text (the label from the shared code list), in its colours. */
export function StatusBadge({ status, compact }: { status: ComplianceStatus; compact?: boolean }) {
  const { t } = useTranslation();
  const s = STATUS_STYLE[status];
  return (
    <span style={{ color: s.text, whiteSpace: 'nowrap', fontSize: compact ? 12 : undefined }} data-testid="compliance-status" data-status={status}>
      <span aria-hidden="true">{s.icon}</span> {t(`complianceStatuses.${status}`)}
    </span>
  );
}

/**
 * The arrow against the previous period (shown when the change exceeds the indicator's effective gap): its direction,
 * and whether that is better or worse by `highIsGood`, in words for screen readers and the tooltip.
 */
export function TrendArrow({ arrow, highIsGood, previous }: { arrow: 'up' | 'down' | null; highIsGood: boolean; previous?: string }) {
  const { t } = useTranslation();
  if (!arrow) return null;
  const better = (arrow === 'up') === highIsGood;
  const text = t(`compliance.arrow.${arrow}${better ? 'Better' : 'Worse'}`, { previous: previous ?? '—' });
  return (
    <Tooltip title={text}>
      <span role="img" aria-label={text} style={{ color: better ? '#237804' : '#a8071a' }} data-testid="compliance-arrow" data-arrow={arrow}>
        {arrow === 'up' ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      </span>
    </Tooltip>
  );
}

/** "冻结后有变动": a later run computed a different figure than the frozen one shown. */
export function ChangedSinceFrozenMark() {
  const { t } = useTranslation();
  const text = t('compliance.changedSinceFrozen');
  return (
    <Tooltip title={t('compliance.changedSinceFrozenHint')}>
      <span role="img" aria-label={text} style={{ color: '#0958d9' }} data-testid="compliance-changed-since-frozen">
        <DiffOutlined />
      </span>
    </Tooltip>
  );
}

/** The colour legend (each class with its icon and text) and the marks a cell may carry. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={[16, 4]} data-testid="compliance-legend" aria-label={t('compliance.legend.title')} role="group">
      <span className="yb-muted">{t('compliance.legend.title')}</span>
      {COMPLIANCE_STATUSES.map((s) => (
        <span key={s} style={{ background: STATUS_STYLE[s].background, border: `1px solid ${STATUS_STYLE[s].border}`, padding: '0 8px', borderRadius: 4 }}>
          <StatusBadge status={s} compact />
        </span>
      ))}
      <span>
        <ArrowUpOutlined aria-hidden="true" />
        <ArrowDownOutlined aria-hidden="true" /> {t('compliance.legend.arrow')}
      </span>
      <span>
        <DiffOutlined aria-hidden="true" style={{ color: '#0958d9' }} /> {t('compliance.changedSinceFrozen')}
      </span>
    </Space>
  );
}
