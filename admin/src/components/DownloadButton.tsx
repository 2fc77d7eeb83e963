import { DownloadOutlined } from '@ant-design/icons';
import { type BaseKey, useCan } from '@refinedev/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiDownload } from '../providers/http';

/**
 * "导出": downloads a record in its official layout (`GET /api/<resource>/:id/export`), shown only to roles
 * with the resource's `export` permission. The file name is the server's.
 */
export function DownloadButton({ resource, id, label }: { resource: string; id: BaseKey; label?: string }) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const { data: can } = useCan({ resource, action: 'export' });
  const [busy, setBusy] = useState(false);
  if (!can?.can) return null;
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid="export-button"
      onClick={async () => {
        setBusy(true);
        try {
          await apiDownload(`/${resource}/${encodeURIComponent(String(id))}/export`, `${resource}-${id}.xlsx`);
        } catch (e) {
          notification.error({ key: 'export-failed', message: t('notifications.exportFailed'), description: (e as ApiError).message });
        } finally {
          setBusy(false);
        }
      }}
    >
      {label ?? t('buttons.export')}
    </Button>
  );
}
