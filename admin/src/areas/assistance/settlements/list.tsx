import { List } from '@refinedev/antd';
import { HOSPITAL_LEVELS, SETTLEMENT_RECORD_FLAGS, type SettlementRecord, VISIT_TYPES } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { FlagTags } from '../../../components/AssistanceLabels';
import { ListExportButton } from '../../../components/ListExportButton';
import { formatFen, formatFenPlain } from '../../../components/money';
import { useListPage } from '../../../hooks/useListPage';
import { RecomputeButton } from '../components/settlement-recomputes';
import { RESOURCE } from '../components/settlement-case';
import { hospitalLevelColumn, idNumberColumn, regionColumn } from '../components/person-columns';
import { showActionColumn } from '../../../components/ShowActionColumn';

type Row = SettlementRecord;

/**
 * 就医结算: the settlements recorded in scope, newest first; filter by flag (the guard a settlement tripped,
 * or recorded ≠ computed), visit type, hospital level, date, region and name / hospital / ID digits.
 */
export default function SettlementList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder, filters, sorters } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'settlements.placeholders.keyword', width: 200 },
      // the institution page links here by its code (GET /api/settlements?institutionCode=)
      institutionCode: { kind: 'text', label: 'settlements.fields.institutionCode', width: 150 },
      flag: {
        kind: 'eq',
        label: 'settlements.fields.flags',
        width: 200,
        options: SETTLEMENT_RECORD_FLAGS.map((f) => ({ value: f, label: t(`settlementFlags.${f}`) })),
      },
      visitType: {
        kind: 'eq',
        label: 'settlements.fields.visitType',
        width: 130,
        options: VISIT_TYPES.map((v) => ({ value: v, label: t(`visitTypes.${v}`) })),
      },
      hospitalLevel: {
        kind: 'eq',
        label: 'settlements.fields.hospitalLevel',
        width: 100,
        options: HOSPITAL_LEVELS.map((v) => ({ value: v, label: t(`hospitalLevels.${v}`) })),
      },
      settledOn: { kind: 'dateRange', label: 'settlements.fields.settledOn', width: 250 },
      year: { kind: 'number', label: 'settlements.fields.year', width: 100 },
      regionCode: { kind: 'region', label: 'settlements.fields.region', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
  });
  const money = (v: number) => <span className="yb-mono">{formatFen(v)}</span>;
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <ListExportButton<Row>
            resource={RESOURCE}
            filters={filters}
            sorters={sorters}
            filename="settlements.csv"
            columns={[
              { title: t('settlements.fields.settledOn'), value: (r) => r.settledOn },
              { title: t('settlements.fields.settlementNo'), value: (r) => r.settlementNo },
              { title: t('settlements.fields.name'), value: (r) => r.name },
              { title: t('settlements.fields.idNumber'), value: (r) => r.idNumber },
              { title: t('settlements.fields.region'), value: (r) => r.regionCode },
              { title: t('settlements.fields.institutionName'), value: (r) => r.institutionName },
              { title: t('settlements.fields.visitType'), value: (r) => t(`visitTypes.${r.visitType}`) },
              { title: t('settlements.fields.hospitalLevel'), value: (r) => t(`hospitalLevels.${r.hospitalLevel}`) },
              { title: t('settlements.fields.totalCostYuan'), value: (r) => formatFenPlain(r.totalCost) },
              { title: t('settlements.fields.outOfPocketYuan'), value: (r) => formatFenPlain(r.recorded.outOfPocket) },
              { title: t('settlements.fields.flags'), value: (r) => r.flags.map((f) => t(`settlementFlags.${f}`)).join('、') },
            ]}
          />
          <RecomputeButton />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1400 }}>
        <Table.Column<Row> dataIndex="settledOn" title={t('settlements.fields.settledOn')} width={110} sorter defaultSortOrder={sortOrder('settledOn')} />
        <Table.Column<Row> dataIndex="name" title={t('settlements.fields.name')} width={100} />
        {idNumberColumn<Row>(t('settlements.fields.idNumber'))}
        {regionColumn<Row>(t('settlements.fields.region'), sortOrder)}
        <Table.Column<Row> dataIndex="institutionName" title={t('settlements.fields.institutionName')} ellipsis />
        <Table.Column<Row>
          dataIndex="visitType"
          title={t('settlements.fields.visitType')}
          width={110}
          sorter
          defaultSortOrder={sortOrder('visitType')}
          render={(v: string) => t(`visitTypes.${v}`)}
        />
        {hospitalLevelColumn<Row>(t('settlements.fields.hospitalLevel'), t)}
        <Table.Column<Row>
          dataIndex="totalCost"
          title={t('settlements.fields.totalCostYuan')}
          width={120}
          align="right"
          sorter
          defaultSortOrder={sortOrder('totalCost')}
          render={money}
        />
        <Table.Column<Row>
          key="oop"
          title={t('settlements.fields.outOfPocketYuan')}
          width={120}
          align="right"
          render={(_, r) => money(r.recorded.outOfPocket)}
        />
        <Table.Column<Row> dataIndex="flags" title={t('settlements.fields.flags')} width={240} render={(f: string[]) => <FlagTags flags={f} />} />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
