import { DeleteButton, EditButton, List, ShowButton } from '@refinedev/antd';
import type { CrudFilter } from '@refinedev/core';
import { REGION_LEVELS, type RegionLevel, type RegionRecord } from '@yibao/shared';
import { Card, Col, Row, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { RegionName } from '../../../components/RegionName';
import { RegionTree } from '../../../components/RegionTree';
import { regionFromSubtreeFilters, regionSubtreeFilters } from '../../../components/RegionTreeSelect';
import { type CustomFilter, useListPage } from '../../../hooks/useListPage';

/** "Within" a division is its subtree of codes (a range on `code` itself, not on a regionCode column). */
const WITHIN = {
  toFilters: (value: unknown) => regionSubtreeFilters('code', value as string | undefined),
  fromFilters: (filters: CrudFilter[]) => regionFromSubtreeFilters('code', filters),
} satisfies CustomFilter;

/** The division tree beside the list: picking a node filters the list to that subtree. */
export default function RegionList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, filterFormProps, filters, sortOrder } = useListPage<RegionRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'regions.placeholders.keyword', width: 180 },
      level: { kind: 'eq', label: 'regions.fields.level', width: 130, options: REGION_LEVELS.map((l) => ({ value: l, label: t(`regionLevels.${l}`) })) },
      within: { kind: WITHIN, input: 'region', label: 'regions.fields.within', width: 200 },
    },
    sort: [{ field: 'code', order: 'asc' }],
  });
  const form = filterFormProps.form;
  const within = WITHIN.fromFilters(filters);

  return (
    <List>
      <Row gutter={16} wrap={false}>
        <Col flex="300px">
          <Card size="small" title={t('regions.tree')} styles={{ body: { padding: 8 } }}>
            <RegionTree
              selected={within}
              onSelect={(code) => {
                form?.setFieldValue('within', code);
                form?.submit();
              }}
            />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <FilterCard {...filterCard} />
          <Table<RegionRecord> {...tableProps} rowKey="code" size="middle">
            <Table.Column<RegionRecord>
              dataIndex="code"
              title={t('regions.fields.code')}
              sorter
              defaultSortOrder={sortOrder('code')}
              render={(v: string) => <span className="yb-mono">{v}</span>}
            />
            <Table.Column<RegionRecord> dataIndex="name" title={t('regions.fields.name')} sorter defaultSortOrder={sortOrder('name')} />
            <Table.Column<RegionRecord>
              dataIndex="level"
              title={t('regions.fields.level')}
              sorter
              defaultSortOrder={sortOrder('level')}
              render={(l: RegionLevel) => <RegionLevelTag level={l} />}
            />
            <Table.Column<RegionRecord> dataIndex="parentCode" title={t('regions.fields.parent')} render={(c: string | null) => <RegionName code={c} />} />
            <Table.Column<RegionRecord>
              key="actions"
              title={t('table.actions')}
              width={240}
              render={(_, r) => (
                <Space size={0}>
                  <ShowButton size="small" type="link" recordItemId={r.code} />
                  <EditButton size="small" type="link" recordItemId={r.code} />
                  <DeleteButton size="small" type="link" recordItemId={r.code} />
                </Space>
              )}
            />
          </Table>
        </Col>
      </Row>
    </List>
  );
}
