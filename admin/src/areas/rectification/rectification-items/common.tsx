import { PROBLEM_TYPES, RECTIFICATION_CATEGORIES, RECTIFICATION_SOURCES, RESPONSIBILITY_ROLES } from '@yibao/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ITEMS_RESOURCE } from '../components/ledger';

export const RESOURCE = ITEMS_RESOURCE;

/** Options of the code lists (labels from shared, both languages). */
export function useCodeOptions() {
  const { t } = useTranslation();
  return {
    problemTypes: PROBLEM_TYPES.map((c) => ({ value: c, label: t(`problemTypes.${c}`) })),
    categories: RECTIFICATION_CATEGORIES.map((c) => ({ value: c, label: t(`rectificationCategories.${c}`) })),
    sources: RECTIFICATION_SOURCES.map((c) => ({ value: c, label: t(`rectificationSources.${c}`) })),
    responsibleRoles: RESPONSIBILITY_ROLES.map((c) => ({ value: c, label: t(`responsibilityRoles.${c}`) })),
  };
}

export { useCampaigns } from '../components/campaigns';

/** Days left to the deadline, red once past (null: the item is finished). */
export function DaysLeft({ daysLeft, overdue }: { daysLeft: number | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (daysLeft === null) return <span className="yb-muted">—</span>;
  if (overdue)
    return (
      <Tag color="red" style={{ color: '#a8071a' }} data-testid="overdue-tag">
        {t('rectification-items.overdueBy', { days: -daysLeft })}
      </Tag>
    );
  return <span data-testid="days-left">{t('rectification-items.daysLeft', { days: daysLeft })}</span>;
}
