import { SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import type { ComplianceSnapshotRecord, ComplianceSnapshotVerification } from '@yibao/shared';
import { App, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { useListPage } from '../../../hooks/useListPage';
import { type ApiError, apiFetch } from '../../../providers/http';
import { usePeriodLabel } from '../components/periods';

type Row = ComplianceSnapshotRecord;

/** The verification's answer as a tag: intact (the stored results hash to the frozen hash) or tampered, in words and icon. */
function VerificationTag({ v }: { v: ComplianceSnapshotVerification }) {
  const { t } = useTranslation();
  const checked = dayjs(v.checkedAt).format('YYYY-MM-DD HH:mm:ss');
  return v.intact ? (
    <Tooltip title={t('compliance-snapshots.verify.intactHint', { at: checked })}>
      <Tag color="success" icon={<SafetyCertificateOutlined />} style={{ color: '#237804' }} data-testid="snapshot-intact">
        {t('compliance-snapshots.verify.intact')}
      </Tag>
    </Tooltip>
  ) : (
    <Tooltip title={t('compliance-snapshots.verify.tamperedHint', { hash: v.recomputedHash, at: checked })}>
      <Tag color="error" icon={<WarningOutlined />} style={{ color: '#a8071a' }} data-testid="snapshot-tampered">
        {t('compliance-snapshots.verify.tampered')}
      </Tag>
    </Tooltip>
  );
}

/** 校验 (`GET /api/compliance-snapshots/:id/verify`): recomputes the hash over the stored results now. */
function VerifyButton({ id, onResult }: { id: number; onResult: (v: ComplianceSnapshotVerification) => void }) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      loading={busy}
      data-testid="snapshot-verify"
      onClick={async () => {
        setBusy(true);
        try {
          onResult((await apiFetch<ComplianceSnapshotVerification>(`/compliance-snapshots/${id}/verify`)).data);
        } catch (e) {
          notification.error({ key: `verify-${id}`, message: t('compliance-snapshots.verify.failed'), description: (e as ApiError).message });
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('compliance-snapshots.verify.button')}
    </Button>
  );
}

/**
 * 冻结记录: the frozen periods in scope (who froze which region's period, when, the SHA-256 over its results, the cells
 * a later run would have changed), each with a verify button that recomputes the hash and says intact or tampered.
 */
export default function SnapshotList() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data: canVerify } = useCan({ resource: 'compliance-snapshots', action: 'verify' });
  const [verified, setVerified] = useState<Record<number, ComplianceSnapshotVerification>>({});
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      period: { kind: 'eq', label: 'compliance-snapshots.fields.period', placeholder: 'compliance-snapshots.placeholders.period', width: 140 },
      regionCode: { kind: 'region', label: 'compliance-snapshots.fields.region', width: 200 },
    },
    sort: [{ field: 'id', order: 'desc' }],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" data-testid="compliance-snapshots">
        <Table.Column<Row> dataIndex="id" title={t('compliance-snapshots.fields.id')} width={70} sorter defaultSortOrder={sortOrder('id')} />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('compliance-snapshots.fields.region')}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="period"
          title={t('compliance-snapshots.fields.period')}
          sorter
          defaultSortOrder={sortOrder('period')}
          render={(p: string, r) => <Link to={`/compliance?${new URLSearchParams({ regionCode: r.regionCode, period: p }).toString()}`}>{periodLabel(p)}</Link>}
        />
        <Table.Column<Row>
          dataIndex="hash"
          title={t('compliance-snapshots.fields.hash')}
          render={(h: string) => (
            <Typography.Text className="yb-mono" copyable={{ text: h }} title={h}>
              {h.slice(0, 16)}…
            </Typography.Text>
          )}
        />
        <Table.Column<Row> dataIndex="resultCount" title={t('compliance-snapshots.fields.resultCount')} align="right" />
        <Table.Column<Row>
          dataIndex="changedCells"
          title={t('compliance-snapshots.fields.changedCells')}
          align="right"
          render={(n: number) => (n > 0 ? <Tag color="blue">{t('compliance-snapshots.changed', { count: n })}</Tag> : 0)}
        />
        <Table.Column<Row> dataIndex="frozenBy" title={t('compliance-snapshots.fields.frozenBy')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<Row>
          dataIndex="frozenAt"
          title={t('compliance-snapshots.fields.frozenAt')}
          sorter
          defaultSortOrder={sortOrder('frozenAt')}
          render={(v: string) => dayjs(v).format('YYYY-MM-DD HH:mm')}
        />
        {canVerify?.can && (
          <Table.Column<Row>
            key="verify"
            title={t('compliance-snapshots.fields.verify')}
            width={200}
            render={(_, r) => (
              <Space>
                <VerifyButton id={r.id} onResult={(v) => setVerified((m) => ({ ...m, [r.id]: v }))} />
                {verified[r.id] && <VerificationTag v={verified[r.id]} />}
              </Space>
            )}
          />
        )}
      </Table>
    </List>
  );
}
