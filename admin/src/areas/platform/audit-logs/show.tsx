import { DateField, Show } from '@refinedev/antd';
import type { AuditLogRecord } from '@yibao/shared';
import { Card, Descriptions, Tag } from 'antd';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { useTranslation } from 'react-i18next';
import { AuditActionTag, AuditResource, auditValueLabel } from '../../../components/AuditAction';
import { JsonDiff } from '../../../components/JsonDiff';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordShow } from '../../../hooks/useRecordShow';

type AuditRow = AuditLogRecord;

export default function AuditLogShow() {
  const { t, i18n } = useTranslation();
  const { query, record: row, notFound } = useRecordShow<AuditRow>();
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show isLoading={query.isLoading} canEdit={false} canDelete={false}>
      {row && (
        <>
          <DetailDescriptions>
            <Descriptions.Item label={t('audit-logs.fields.id')}>{row.id}</Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.at')}>
              <DateField value={row.at} format="YYYY-MM-DD HH:mm:ss" />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.username')}>
              {row.username ?? '—'}
              {row.userId !== null && <span className="yb-muted"> (#{row.userId})</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.role')}>
              {row.role ? <Tag>{t(`roles.${row.role}`, { defaultValue: row.role })}</Tag> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.action')}>
              <AuditActionTag action={row.action} resource={row.resource} />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.resource')}>
              <AuditResource resource={row.resource} /> {row.resourceId && <span className="yb-mono">#{row.resourceId}</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.regionCode')}>
              <span className="yb-mono">{row.regionCode ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.ip')}>
              <span className="yb-mono">{row.ip ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.hash')} span="filled">
              <span className="yb-mono">{row.hash}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit-logs.fields.prevHash')} span="filled">
              <span className="yb-mono">{row.prevHash}</span>
            </Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('audit-logs.diff.title')} style={{ marginTop: 16 }}>
            <JsonDiff
              before={row.before}
              after={row.after}
              fieldLabel={(field) => t(`${row.resource}.fields.${field}`, { defaultValue: '' })}
              valueLabel={(field, value) => auditValueLabel(row.resource, field, value, i18n.language === 'en-US' ? 'en' : 'zh')}
            />
          </Card>
        </>
      )}
    </Show>
  );
}
