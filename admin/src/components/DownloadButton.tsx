import { DownloadOutlined } from '@ant-design/icons';
import { type BaseKey, useCan } from '@refinedev/core';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
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

/**
 * A download from any API path (an error report, a template, a ledger, a bulletin workbook) through the
 * session; a refusal is a notification saying why. Access is the caller's to decide (render it or not).
 */
export function FileDownloadButton({
  path,
  fallbackName,
  label,
  icon,
  type,
  size,
  disabled,
  testId,
}: {
  path: string;
  fallbackName: string;
  label: string;
  icon?: ReactNode;
  type?: 'default' | 'primary' | 'link';
  size?: 'small' | 'middle';
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={icon ?? <DownloadOutlined />}
      type={type}
      size={size}
      loading={busy}
      disabled={disabled}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await apiDownload(path, fallbackName);
        } catch (e) {
          notification.error({ key: `download-${path}`, message: t('notifications.downloadFailed'), description: (e as ApiError).message });
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
