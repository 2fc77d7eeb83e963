import { useList } from '@refinedev/core';
import type { RectificationCampaignRecord } from '@yibao/shared';

/** The campaigns the user can read (a province has a handful), for filters, the item form and the screening form. */
export function useCampaigns() {
  const { result } = useList<RectificationCampaignRecord>({ resource: 'rectification-campaigns', pagination: { currentPage: 1, pageSize: 100 } });
  return result?.data ?? [];
}
