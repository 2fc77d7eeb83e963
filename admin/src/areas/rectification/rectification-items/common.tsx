import { PROBLEM_TYPES, RECTIFICATION_CATEGORIES, RECTIFICATION_SOURCES, RESPONSIBILITY_ROLES, type RectificationCampaignRecord } from '@yibao/shared';
import { useList } from '@refinedev/core';
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

/** The campaigns the user can read (a province has a handful), for filters and the create form. */
export function useCampaigns() {
  const { result } = useList<RectificationCampaignRecord>({ resource: 'rectification-campaigns', pagination: { currentPage: 1, pageSize: 100 } });
  return result?.data ?? [];
}

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
