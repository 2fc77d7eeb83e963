import { EditButton, Show } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import type { InstitutionRecord, InstitutionStatusChange } from '@yibao/shared';
import { Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon } from '../../../components/BackIcon';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { AgreementStatusTag, RESOURCE } from './common';

/** The settlements list filtered as the links say (the list keeps its filters in the URL). */
function settlementsLink(code: string, flag?: string): string {
  const filters = [['institutionCode', code], ...(flag ? [['flag', flag]] : [])];
  return (
    '/settlements?' +
    filters.map(([field, value], i) => `filters[${i}][field]=${field}&filters[${i}][operator]=eq&filters[${i}][value]=${encodeURIComponent(value)}`).join('&')
  );
}

/** One status change: from the service date, the case and decision that made it, lifted or in force. */
function StatusChange({ change: h }: { change: InstitutionStatusChange }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={2} data-testid="status-change">
      <Space size={6} wrap>
        <AgreementStatusTag status={h.previousStatus} />
        <span>→</span>
        <AgreementStatusTag status={h.agreementStatus} />
        <span>{h.until ? t('institutions.history.period', { from: h.from, until: h.until }) : t('institutions.history.from', { from: h.from })}</span>
        {h.liftedAt && <Tag>{t('institutions.history.lifted', { date: h.liftedAt.slice(0, 10) })}</Tag>}
      </Space>
      <span>{h.reason}</span>
      <Typography.Text type="secondary">
        {[
          h.caseNo && t('institutions.history.case', { caseNo: h.caseNo }),
          h.decisionNo && t('institutions.history.decision', { decisionNo: h.decisionNo }),
          `${h.by} · ${h.at.slice(0, 10)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Space>
  );
}

/** 定点医药机构: its fields, its settlements in scope (links to the filtered list) and its agreement status history. */
export default function InstitutionShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<InstitutionRecord>();
  const { data: canEdit } = useCan({ resource: RESOURCE, action: 'edit' });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={r?.name}
      canDelete={false}
      headerButtons={r && canEdit?.can ? <EditButton recordItemId={r.id} data-testid="edit-institution" /> : null}
    >
      {r && (
        <>
          <DetailDescriptions>
            <Descriptions.Item label={t('institutions.fields.code')}>
              <span className="yb-mono" data-testid="institution-code">
                {r.code}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('institutions.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('institutions.fields.kind')}>{t(`institutionKinds.${r.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('institutions.fields.level')}>{t(`institutionLevels.${r.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('institutions.fields.ownership')}>{t(`institutionOwnerships.${r.ownership}`)}</Descriptions.Item>
            <Descriptions.Item label={t('institutions.fields.agreementStatus')}>
              <AgreementStatusTag status={r.agreementStatus} suspendedUntil={r.suspendedUntil} />
            </Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('institutions.settlements.title')} style={{ marginTop: 16 }} data-testid="institution-settlements">
            <Space size="large" wrap>
              <Link to={settlementsLink(r.code)} data-testid="settlements-link">
                {t('institutions.settlements.all', { count: r.settlementCount })}
              </Link>
              <span>{t('institutions.settlements.flagged', { count: r.flaggedSettlementCount })}</span>
              <Link to={settlementsLink(r.code, 'institution_suspended')} data-testid="blocked-settlements-link">
                {t('institutions.settlements.blocked', { count: r.blockedSettlementCount })}
              </Link>
            </Space>
          </Card>
          <Card size="small" title={t('institutions.history.title')} style={{ marginTop: 16 }} data-testid="status-history">
            {r.statusHistory.length ? (
              <Timeline
                items={r.statusHistory.map((h) => ({
                  key: h.id,
                  color: h.agreementStatus === 'active' ? 'green' : h.agreementStatus === 'suspended' ? 'orange' : 'red',
                  children: <StatusChange change={h} />,
                }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('institutions.history.none')} />
            )}
          </Card>
        </>
      )}
    </Show>
  );
}
