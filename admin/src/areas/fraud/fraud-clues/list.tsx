import { List } from '@refinedev/antd';
import type { FraudClueListItem } from '@yibao/shared';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { CLUES, useFraudCodes } from '../components/codes';

type Row = FraudClueListItem;

/**
 * 线索 inbox: the clues of the user's scope, the nearest filing-decision deadline first (15 working days after receipt,
 * 令第4号 art. 14); a clue past it red, an extended one tagged; filters for state, source, subject type, overdue and
 * region.
 */
export default function FraudClueList() {
  const { t } = useTranslation();
  const { def, stateLabel } = useWorkflow(CLUES);
  const codes = useFraudCodes();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'fraud-clues.placeholders.keyword', width: 180 },
      state: {
        kind: 'eq',
        label: 'fraud-clues.fields.state',
        width: 120,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      source: { kind: 'eq', label: 'fraud-clues.fields.source', width: 140, options: codes.sources },
      subjectType: { kind: 'eq', label: 'fraud-clues.fields.subjectType', width: 160, options: codes.partyTypes },
      overdue: { kind: 'eq', label: 'fraud-clues.fields.overdue', width: 110, options: yesNoOptions(t('fraud-clues.overdue'), t('fraud-clues.notOverdue')) },
      regionCode: { kind: 'region', label: 'fraud-clues.fields.region', width: 180 },
    },
    sort: [
      { field: 'verifyDueOn', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }} rowClassName={(r) => (r.overdue ? 'yb-row-overdue' : '')}>
        <Table.Column<Row>
          dataIndex="summary"
          title={t('fraud-clues.fields.summary')}
          render={(summary: string, r) => (
            <Space direction="vertical" size={0}>
              <Typography.Text ellipsis={{ tooltip: summary }} style={{ maxWidth: 360 }}>
                {summary}
              </Typography.Text>
              {r.institutionName && <span className="yb-muted">{`${r.institutionName} · ${r.institutionCode ?? ''}`}</span>}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('fraud-clues.fields.region')}
          width={130}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="source" title={t('fraud-clues.fields.source')} width={120} render={(c: string) => t(`fraudClueSources.${c}`)} />
        <Table.Column<Row> dataIndex="subjectType" title={t('fraud-clues.fields.subjectType')} width={140} render={(c: string) => t(`fraudPartyTypes.${c}`)} />
        <Table.Column<Row>
          dataIndex="estimatedAmount"
          title={t('fraud-clues.fields.estimatedAmount')}
          width={130}
          align="right"
          render={(v: number | null) => <span className="yb-mono">{formatFen(v)}</span>}
        />
        <Table.Column<Row> dataIndex="receivedOn" title={t('fraud-clues.fields.receivedOn')} width={110} sorter defaultSortOrder={sortOrder('receivedOn')} />
        <Table.Column<Row>
          dataIndex="verifyDueOn"
          title={t('fraud-clues.fields.verifyDueOn')}
          width={190}
          sorter
          defaultSortOrder={sortOrder('verifyDueOn')}
          render={(d: string, r) => (
            <Space size={4} wrap>
              {d}
              {r.overdue && (
                <Tag color="red" style={{ color: '#a8071a' }} data-testid="clue-overdue">
                  {t('fraud-clues.overdue')}
                </Tag>
              )}
              {r.extended && <Tag color="orange">{t('fraud-clues.extended')}</Tag>}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('fraud-clues.fields.state')}
          width={110}
          render={(s: string) => <WorkflowStateTag resource={CLUES} state={s} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
