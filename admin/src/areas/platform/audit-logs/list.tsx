import { DownloadOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { DateField, List, ShowButton } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import type { AuditLogRecord, AuditVerdict as VerifyResult } from '@yibao/shared';
import { Alert, Button, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_RESOURCES, AuditActionTag, AuditResource } from '../../../components/AuditAction';
import { resourceLabel } from '../../../components/serverErrors';
import { FilterCard } from '../../../components/FilterCard';
import { useListPage } from '../../../hooks/useListPage';
import { apiDownload, apiFetch, type ApiError } from '../../../providers/http';

type AuditRow = AuditLogRecord;

/** What a checkpoint file holds: one exported checkpoint, or a list of them. */
function checkpointsIn(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
    return typeof parsed === 'object' && parsed !== null ? [parsed] : null;
  } catch {
    return null;
  }
}

/**
 * "Verify chain": recomputes the keyed hash chain on the server and says whether the trail is intact.
 * "Export checkpoint" downloads a signed checkpoint of the chain head (keep it off the server);
 * "Verify with checkpoints" sends such files back, which also catches rows cut off the end.
 * Returns the header buttons and the result banner shown above the list.
 */
function useVerifyChain() {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: 'audit-logs', action: 'verify' });
  const [running, setRunning] = useState<'verify' | 'export' | 'checkpoints' | null>(null);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!can?.can) return { button: null, banner: null };

  const run = async (kind: 'verify' | 'export' | 'checkpoints', work: () => Promise<void>) => {
    setRunning(kind);
    setError(null);
    try {
      await work();
    } catch (e) {
      setResult(null);
      setError((e as ApiError).message ?? String(e));
    } finally {
      setRunning(null);
    }
  };
  const verify = () => run('verify', async () => setResult((await apiFetch<VerifyResult>('/audit-logs/verify')).data));
  const exportCheckpoint = () =>
    run('export', async () => {
      await apiDownload('/audit-logs/checkpoint', 'audit-checkpoint.json');
    });
  const verifyWith = (files: File[]) =>
    run('checkpoints', async () => {
      const checkpoints: unknown[] = [];
      for (const file of files) {
        const found = checkpointsIn(await file.text());
        if (!found) throw new Error(t('audit-logs.verify.badFile', { name: file.name }));
        checkpoints.push(...found);
      }
      setResult((await apiFetch<VerifyResult>('/audit-logs/verify', { method: 'POST', body: { checkpoints } })).data);
    });

  const button = (
    <Space wrap>
      <Button icon={<SafetyCertificateOutlined />} loading={running === 'verify'} onClick={verify} data-testid="verify-chain">
        {t('audit-logs.verify.button')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={running === 'export'} onClick={exportCheckpoint} data-testid="export-checkpoint">
        {t('audit-logs.verify.exportCheckpoint')}
      </Button>
      <Upload
        accept=".json,application/json"
        multiple
        showUploadList={false}
        beforeUpload={(_file, list) => {
          // antd calls this once per file with the whole selection: act on the last call only
          if (_file === list[list.length - 1]) void verifyWith(list);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={running === 'checkpoints'} data-testid="verify-with-checkpoints">
          {t('audit-logs.verify.withCheckpoints')}
        </Button>
      </Upload>
    </Space>
  );
  const banner = error ? (
    <Alert
      role="alert"
      data-testid="verify-result"
      style={{ marginBottom: 16 }}
      type="error"
      showIcon
      message={t('audit-logs.verify.refused')}
      description={error}
    />
  ) : (
    result && (
      <Alert
        role="status"
        data-testid="verify-result"
        style={{ marginBottom: 16 }}
        type={result.valid ? 'success' : 'error'}
        showIcon
        message={
          (result.valid ? t('audit-logs.verify.valid', { checked: result.checked }) : t('audit-logs.verify.invalid', { checked: result.checked })) +
          (result.checkpoints ? t('audit-logs.verify.checkpointsChecked', { count: result.checkpoints }) : '')
        }
        description={
          !result.valid && result.firstInvalidId !== undefined ? (
            <Link to={`/audit-logs/show/${result.firstInvalidId}`}>{t('audit-logs.verify.firstInvalid', { id: result.firstInvalidId })}</Link>
          ) : (
            t('audit-logs.verify.explain')
          )
        }
      />
    )
  );
  return { button, banner };
}

export default function AuditLogList() {
  const { t } = useTranslation();
  const { tableProps, filterCard } = useListPage<AuditRow>({
    filters: {
      username: { kind: 'contains', label: 'audit-logs.fields.username', width: 150 },
      action: {
        kind: 'eq',
        label: 'audit-logs.fields.action',
        width: 140,
        options: AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit-logs.actionLabels.${a}`) })),
      },
      resource: {
        kind: 'eq',
        label: 'audit-logs.fields.resource',
        width: 130,
        options: AUDIT_RESOURCES.map((r) => ({ value: r, label: resourceLabel(r) })),
      },
      resourceId: { kind: 'text', label: 'audit-logs.fields.resourceId', width: 110 },
      at: { kind: 'dateTimeRange', label: 'audit-logs.fields.at' },
    },
    // The trail reads newest first (the API's default order); it is not re-sortable by design.
    sort: false,
  });
  const verify = useVerifyChain();

  return (
    <List headerButtons={verify.button}>
      {verify.banner}
      <FilterCard {...filterCard} />
      <Table<AuditRow> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1000 }}>
        <Table.Column<AuditRow> dataIndex="id" title={t('audit-logs.fields.id')} width={80} />
        <Table.Column<AuditRow>
          dataIndex="at"
          title={t('audit-logs.fields.at')}
          width={170}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm:ss" />}
        />
        <Table.Column<AuditRow> dataIndex="username" title={t('audit-logs.fields.username')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AuditRow>
          dataIndex="role"
          title={t('audit-logs.fields.role')}
          render={(v: string | null) => (v ? <Tag>{t(`roles.${v}`, { defaultValue: v })}</Tag> : '—')}
        />
        <Table.Column<AuditRow>
          dataIndex="action"
          title={t('audit-logs.fields.action')}
          render={(v: string, row) => <AuditActionTag action={v} resource={row.resource} />}
        />
        <Table.Column<AuditRow> dataIndex="resource" title={t('audit-logs.fields.resource')} render={(v: string) => <AuditResource resource={v} />} />
        <Table.Column<AuditRow> dataIndex="resourceId" title={t('audit-logs.fields.resourceId')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AuditRow> dataIndex="ip" title={t('audit-logs.fields.ip')} render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>} />
        <Table.Column<AuditRow>
          key="actions"
          title={t('table.actions')}
          width={90}
          render={(_, r) => <ShowButton size="small" type="link" recordItemId={r.id} />}
        />
      </Table>
    </List>
  );
}
