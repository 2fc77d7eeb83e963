import { Show } from '@refinedev/antd';
import { useList } from '@refinedev/core';
import type { RegionRecord } from '@yibao/shared';
import { Descriptions, Space, Tag } from 'antd';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordShow } from '../../../hooks/useRecordShow';
import type { ApiError } from '../../../providers/http';

export default function RegionShow() {
  const { t } = useTranslation();
  const { query, record: region, notFound } = useRecordShow<RegionRecord>();
  const { result: children } = useList<RegionRecord, ApiError>({
    resource: 'regions',
    filters: [{ field: 'parentCode', operator: 'eq', value: region?.code }],
    pagination: { mode: 'off' },
    queryOptions: { enabled: Boolean(region) },
  });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show isLoading={query.isLoading}>
      {region && (
        <DetailDescriptions>
          <Descriptions.Item label={t('regions.fields.code')}>
            <span className="yb-mono">{region.code}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('regions.fields.name')}>{region.name}</Descriptions.Item>
          <Descriptions.Item label={t('regions.fields.level')}>
            <RegionLevelTag level={region.level} />
          </Descriptions.Item>
          <Descriptions.Item label={t('regions.fields.parent')}>
            <RegionName code={region.parentCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('regions.fields.children', { count: children?.total ?? 0 })} span="filled">
            <Space size={[4, 8]} wrap>
              {(children?.data ?? []).map((c) => (
                <Link key={c.code} to={`/regions/show/${c.code}`}>
                  <Tag>{c.name}</Tag>
                </Link>
              ))}
              {!children?.total && <span className="yb-muted">—</span>}
            </Space>
          </Descriptions.Item>
        </DetailDescriptions>
      )}
    </Show>
  );
}
