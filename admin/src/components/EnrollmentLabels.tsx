import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { DifferenceType, IdentityCategory, TaskOutcome } from '@yibao/shared';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The enrollment code lists shown in words: `t('<section>.<code>')`, whose zh and en labels are declared once
 * in shared/ (defineCodes; composed into both locales by providers/i18n.ts), so a tag says what the API's
 * exports say.
 */
export function IdentityTags({ categories, max }: { categories: readonly IdentityCategory[]; max?: number }) {
  const { t } = useTranslation();
  if (!categories.length) return <span className="yb-muted">—</span>;
  const shown = max ? categories.slice(0, max) : categories;
  const rest = categories.slice(shown.length);
  return (
    <Space size={[0, 4]} wrap data-testid="identity-tags">
      {shown.map((c) => (
        <Tag key={c} color="blue" style={{ color: '#0958d9' }}>
          {t(`identityCategories.${c}`)}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((c) => t(`identityCategories.${c}`)).join('、')}>
          <Tag>+{rest.length}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

const DIFFERENCE_COLORS: Record<DifferenceType, string> = {
  new: 'blue',
  exited: 'default',
  identity_changed: 'purple',
  not_enrolled: 'red',
  lapsed_subsidised: 'orange',
  duplicate: 'gold',
};
/** antd's preset tag text is too light on its tint for WCAG AA on some colours: darker text for those. */
const DIFFERENCE_TEXT: Partial<Record<DifferenceType, string>> = {
  new: '#0958d9',
  identity_changed: '#531dab',
  not_enrolled: '#a8071a',
  lapsed_subsidised: '#ad4e00',
  duplicate: '#874d00',
};

export function DifferenceTypeTag({ type }: { type: DifferenceType }) {
  const { t } = useTranslation();
  return (
    <Tag color={DIFFERENCE_COLORS[type]} style={DIFFERENCE_TEXT[type] ? { color: DIFFERENCE_TEXT[type] } : undefined} data-testid="difference-type">
      {t(`differenceTypes.${type}`)}
    </Tag>
  );
}

export function TaskOutcomeTag({ outcome }: { outcome: TaskOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return <Tag>{t('verification-tasks.open')}</Tag>;
  return (
    <Tag color="green" style={{ color: '#237804' }} data-testid="task-outcome">
      {t(`taskOutcomes.${outcome}`)}
    </Tag>
  );
}

/** A verification task past its deadline and still open. */
export function OverdueTag({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('verification-tasks.overdueSince', { date: deadline })}>
      <Tag color="red" style={{ color: '#a8071a' }} data-testid="overdue-tag">
        {t('verification-tasks.overdue')}
      </Tag>
    </Tooltip>
  );
}

/** ✓ / ✗ against the target, the target's source on hover; — where the category has no target. */
export function MetMark({ met, targetBp, source }: { met: boolean | null; targetBp: number | null; source: string | null }) {
  const { t } = useTranslation();
  if (met === null || targetBp === null) return <span className="yb-muted">—</span>;
  const mark = met ? (
    <span style={{ color: '#237804' }} data-testid="met-yes">
      <CheckCircleFilled aria-hidden /> {t('enrollment-rates.met')}
    </span>
  ) : (
    <span style={{ color: '#cf1322' }} data-testid="met-no">
      <CloseCircleFilled aria-hidden /> {t('enrollment-rates.notMet')}
    </span>
  );
  return source ? (
    <Tooltip title={t('enrollment-rates.targetSource', { source })}>
      <span tabIndex={0}>{mark}</span>
    </Tooltip>
  ) : (
    mark
  );
}
