import { useCan } from '@refinedev/core';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { RESOURCE } from './common';

/**
 * 导出三张清单 (`GET /api/rectification-items/export?campaignId=&regionCode=`): the server's XLSX of one campaign's
 * items in the region filtered on (default the user's own). A campaign must be chosen in the list's filter first.
 */
export function ListsExportButton({ campaignId, regionCode }: { campaignId?: string; regionCode?: string }) {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: RESOURCE, action: 'export' });
  if (!can?.can) return null;
  const query = new URLSearchParams();
  if (campaignId) query.set('campaignId', campaignId);
  if (regionCode) query.set('regionCode', regionCode);
  const button = (
    <FileDownloadButton
      path={`/${RESOURCE}/export?${query.toString()}`}
      fallbackName="三张清单.xlsx"
      label={t('rectification-items.exportLists.button')}
      disabled={!campaignId}
      testId="export-lists"
    />
  );
  return campaignId ? (
    button
  ) : (
    <Tooltip title={t('rectification-items.exportLists.needsCampaign')}>
      {/* a disabled button takes no pointer events: the tooltip hangs on its wrapper */}
      <span data-testid="export-lists-wrapper">{button}</span>
    </Tooltip>
  );
}
