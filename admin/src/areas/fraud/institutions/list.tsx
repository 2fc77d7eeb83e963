import { List } from '@refinedev/antd';
import type { InstitutionListItem } from '@yibao/shared';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { useListPage } from '../../../hooks/useListPage';
import { AgreementStatusTag, useInstitutionCodes } from './common';

type Row = InstitutionListItem;

/** 定点医药机构名录: the institutions in the user's scope, filtered by kind, level, agreement status and county. */
export default function InstitutionList() {
  const { t } = useTranslation();
  const codes = useInstitutionCodes();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'institutions.placeholders.keyword', width: 200 },
      kind: { kind: 'eq', label: 'institutions.fields.kind', width: 150, options: codes.kinds },
      level: { kind: 'eq', label: 'institutions.fields.level', width: 120, options: codes.levels },
      agreementStatus: { kind: 'eq', label: 'institutions.fields.agreementStatus', width: 120, options: codes.statuses },
      scope: { kind: 'region', label: 'institutions.fields.region', width: 180 },
    },
    sort: [{ field: 'code', order: 'asc' }],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<Row>
          dataIndex="code"
          title={t('institutions.fields.code')}
          width={140}
          sorter
          defaultSortOrder={sortOrder('code')}
          render={(c: string) => <span className="yb-mono">{c}</span>}
        />
        <Table.Column<Row> dataIndex="name" title={t('institutions.fields.name')} sorter />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('institutions.fields.region')}
          width={130}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="kind" title={t('institutions.fields.kind')} width={150} render={(k: string) => <Tag>{t(`institutionKinds.${k}`)}</Tag>} />
        <Table.Column<Row> dataIndex="level" title={t('institutions.fields.level')} width={100} render={(l: string) => t(`institutionLevels.${l}`)} />
        <Table.Column<Row>
          dataIndex="ownership"
          title={t('institutions.fields.ownership')}
          width={90}
          render={(o: string) => t(`institutionOwnerships.${o}`)}
        />
        <Table.Column<Row>
          dataIndex="agreementStatus"
          title={t('institutions.fields.agreementStatus')}
          width={200}
          render={(_, r) => <AgreementStatusTag status={r.agreementStatus} suspendedUntil={r.suspendedUntil} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
