import { List } from '@refinedev/antd';
import type { FraudCaseListItem } from '@yibao/shared';
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { CASES, CauseTags, Countdown, useFraudCodes } from '../components/codes';

type Row = FraudCaseListItem;

/**
 * 案件: the cases of the user's scope, the nearest decision deadline first, with the countdown to it (90 days after
 * filing, extended, paused periods not counted: 令第4号 art. 45) — a 中止 badge while paused, red when overdue; filters
 * for state, party type, cause, overdue, 督办, region and keyword (case number, party, title).
 */
export default function FraudCaseList() {
  const { t } = useTranslation();
  const { def, stateLabel } = useWorkflow(CASES);
  const codes = useFraudCodes();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'fraud-cases.placeholders.keyword', width: 200 },
      state: {
        kind: 'eq',
        label: 'fraud-cases.fields.state',
        width: 130,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      partyType: { kind: 'eq', label: 'fraud-cases.fields.partyType', width: 160, options: codes.partyTypes },
      cause: { kind: 'eq', label: 'fraud-cases.fields.cause', width: 220, options: codes.causes },
      overdue: { kind: 'eq', label: 'fraud-cases.fields.overdue', width: 110, options: yesNoOptions(t('fraud-cases.overdue'), t('fraud-cases.notOverdue')) },
      supervised: {
        kind: 'eq',
        label: 'fraud-cases.fields.supervised',
        width: 110,
        options: yesNoOptions(t('fraud-cases.supervisedYes'), t('fraud-cases.supervisedNo')),
      },
      regionCode: { kind: 'region', label: 'fraud-cases.fields.region', width: 180 },
    },
    sort: [
      { field: 'decisionDueOn', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1400 }} rowClassName={(r) => (r.countdown?.overdue ? 'yb-row-overdue' : '')}>
        <Table.Column<Row>
          dataIndex="caseNo"
          title={t('fraud-cases.fields.caseNo')}
          width={170}
          render={(no: string) => <span className="yb-mono">{no}</span>}
        />
        <Table.Column<Row>
          dataIndex="title"
          title={t('fraud-cases.fields.title')}
          render={(title: string, r) => (
            <Space direction="vertical" size={2}>
              <Space size={4}>
                {title}
                {r.supervised && <Tag color="volcano">{t('fraud-cases.supervisedTag')}</Tag>}
              </Space>
              <CauseTags causes={r.causes} />
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('fraud-cases.fields.region')}
          width={130}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="partyType" title={t('fraud-cases.fields.partyType')} width={140} render={(c: string) => t(`fraudPartyTypes.${c}`)} />
        <Table.Column<Row>
          dataIndex="amountInvolved"
          title={t('fraud-cases.fields.amountInvolved')}
          width={130}
          align="right"
          render={(v: number) => <span className="yb-mono">{formatFen(v)}</span>}
        />
        <Table.Column<Row> dataIndex="filedOn" title={t('fraud-cases.fields.filedOn')} width={110} sorter defaultSortOrder={sortOrder('filedOn')} />
        <Table.Column<Row>
          dataIndex="decisionDueOn"
          title={t('fraud-cases.fields.countdown')}
          width={200}
          sorter
          defaultSortOrder={sortOrder('decisionDueOn')}
          render={(d: string, r) => (
            <Space direction="vertical" size={0}>
              <Countdown countdown={r.countdown} />
              {r.countdown && <span className="yb-muted">{t('fraud-cases.dueOn', { date: d })}</span>}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('fraud-cases.fields.state')}
          width={120}
          render={(s: string) => <WorkflowStateTag resource={CASES} state={s} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
