import { List } from '@refinedev/antd';
import type { FlightCheckDrawRecord } from '@yibao/shared';
import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { useListPage } from '../../../hooks/useListPage';
import { short, useWeightingOptions, WeightingTag } from './common';

type Row = FlightCheckDrawRecord;

/** 双随机抽查: the draws of the regions in the user's scope, newest first, with their seed and candidate hash. */
export default function FlightCheckDrawList() {
  const { t } = useTranslation();
  const weightings = useWeightingOptions();
  const { tableProps, filterCard } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'flight-check-draws.placeholders.keyword', width: 220 },
      weighting: { kind: 'eq', label: 'flight-check-draws.fields.weighting', width: 140, options: weightings },
      scope: { kind: 'region', label: 'flight-check-draws.fields.region', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<Row> dataIndex="id" title={t('flight-check-draws.fields.no')} width={80} sorter />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('flight-check-draws.fields.region')}
          width={130}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="weighting"
          title={t('flight-check-draws.fields.weighting')}
          width={120}
          render={(_, r) => <WeightingTag weighting={r.weighting} />}
        />
        <Table.Column<Row>
          dataIndex="institutions"
          title={t('flight-check-draws.fields.institutions')}
          render={(_, r) => (
            <Space direction="vertical" size={0}>
              {r.institutions.map((i) => (
                <span key={i.code}>{i.name}</span>
              ))}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="inspectors"
          title={t('flight-check-draws.fields.inspectors')}
          width={220}
          render={(_, r) => r.inspectors.map((u) => u.displayName).join('、')}
        />
        <Table.Column<Row>
          dataIndex="candidateHash"
          title={t('flight-check-draws.fields.candidateHash')}
          width={150}
          render={(h: string) => <Typography.Text className="yb-mono">{short(h)}</Typography.Text>}
        />
        <Table.Column<Row>
          dataIndex="createdAt"
          title={t('flight-check-draws.fields.drawnAt')}
          width={170}
          sorter
          render={(_, r) => `${r.drawnAt.slice(0, 10)} ${r.drawnBy}`}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
