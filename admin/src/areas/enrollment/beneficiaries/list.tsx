import { DateField, EditButton, List, ShowButton } from '@refinedev/antd';
import { type CrudFilter, getDefaultFilter } from '@refinedev/core';
import { IDENTITY_CATEGORIES, type BeneficiaryRecord, type IdentityCategory, BENEFICIARY_STATUSES, SOURCE_DEPARTMENTS } from '@yibao/shared';
import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { IdentityTags } from '../../../components/EnrollmentLabels';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { regionFromSubtreeFilters } from '../../../components/RegionTreeSelect';
import { type CustomFilter, useListPage } from '../../../hooks/useListPage';
import { LedgerExportButton } from './LedgerExportButton';
import { thisYear } from '../../../components/dates';
import { MaskedId, StatusTag } from './common';

type EnrollmentFilter = 'enrolled' | 'notEnrolled';

const enrolledIn = (filters: CrudFilter[]) => getDefaultFilter('enrolledIn', filters, 'eq') as number | string | undefined;
const notEnrolledIn = (filters: CrudFilter[]) => getDefaultFilter('notEnrolledIn', filters, 'eq') as number | string | undefined;

// enrolled in the year chosen (`enrolledIn=year`) or not (`notEnrolledIn=year`); none → everyone
const ENROLLMENT: CustomFilter = {
  toFilters: (v, { enrollmentYear }) => {
    // empty year: this year
    const year = (enrollmentYear as number | null | undefined) ?? thisYear();
    return [
      { field: 'enrolledIn', operator: 'eq', value: v === 'enrolled' ? year : undefined },
      { field: 'notEnrolledIn', operator: 'eq', value: v === 'notEnrolled' ? year : undefined },
    ];
  },
  fromFilters: (f): EnrollmentFilter | undefined => (enrolledIn(f) !== undefined ? 'enrolled' : notEnrolledIn(f) !== undefined ? 'notEnrolled' : undefined),
};
// only the year of `enrollment` above
const ENROLLMENT_YEAR: CustomFilter = { toFilters: () => [], fromFilters: (f) => Number(enrolledIn(f) ?? notEnrolledIn(f)) || thisYear() };

/**
 * 帮扶对象台账: the people in the user's subtree, ID numbers masked; filters (among them enrolled or not in a
 * year: 应保未保 work starts from the not-enrolled), sorting, the ledger export.
 */
export default function BeneficiaryList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder, filters } = useListPage<BeneficiaryRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'beneficiaries.placeholders.keyword', width: 200 },
      regionCode: { kind: 'region', label: 'beneficiaries.fields.region', width: 200 },
      identityCategory: {
        kind: 'eq',
        label: 'beneficiaries.fields.identityCategory',
        width: 190,
        options: IDENTITY_CATEGORIES.map((c) => ({ value: c, label: t(`identityCategories.${c}`) })),
      },
      status: {
        kind: 'eq',
        label: 'beneficiaries.fields.status',
        width: 100,
        options: BENEFICIARY_STATUSES.map((s) => ({ value: s, label: t(`beneficiaryStatuses.${s}`) })),
      },
      sourceDepartment: {
        kind: 'eq',
        label: 'beneficiaries.fields.sourceDepartment',
        width: 120,
        options: SOURCE_DEPARTMENTS.map((s) => ({ value: s, label: t(`sourceDepartments.${s}`) })),
      },
      enrollmentYear: {
        kind: ENROLLMENT_YEAR,
        input: 'year',
        label: 'beneficiaries.fields.enrollmentYear',
        placeholder: 'beneficiaries.placeholders.thisYear',
        width: 100,
      },
      enrollment: {
        kind: ENROLLMENT,
        input: 'select',
        label: 'beneficiaries.fields.enrollmentStatus',
        width: 110,
        options: [
          { value: 'enrolled', label: t('beneficiaries.enrollment.yes') },
          { value: 'notEnrolled', label: t('beneficiaries.enrollment.no') },
        ],
      },
    },
    sort: [{ field: 'id', order: 'asc' }],
  });
  const region = regionFromSubtreeFilters('regionCode', filters);

  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <LedgerExportButton regionCode={region} />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<BeneficiaryRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }}>
        <Table.Column<BeneficiaryRecord> dataIndex="name" title={t('beneficiaries.fields.name')} width={110} sorter defaultSortOrder={sortOrder('name')} />
        <Table.Column<BeneficiaryRecord>
          dataIndex="idNumber"
          title={t('beneficiaries.fields.idNumber')}
          width={190}
          render={(v: string) => <MaskedId value={v} />}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="sex"
          title={t('beneficiaries.fields.sex')}
          width={70}
          render={(v: string) => t(`beneficiaries.sexes.${v}`, { defaultValue: v })}
        />
        {/* the year only: the birth date is the hidden middle of the masked number (no sorting on it either) */}
        <Table.Column<BeneficiaryRecord> dataIndex="birthYear" title={t('beneficiaries.fields.birthYear')} width={100} />
        <Table.Column<BeneficiaryRecord>
          dataIndex="regionCode"
          title={t('beneficiaries.fields.region')}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(code: string) => <RegionName code={code} />}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="identityCategories"
          title={t('beneficiaries.fields.identityCategories')}
          render={(c: IdentityCategory[]) => <IdentityTags categories={c} max={2} />}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="sourceDepartment"
          title={t('beneficiaries.fields.sourceDepartment')}
          width={110}
          sorter
          defaultSortOrder={sortOrder('sourceDepartment')}
          render={(v: string) => t(`sourceDepartments.${v}`, { defaultValue: v })}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="status"
          title={t('beneficiaries.fields.status')}
          width={90}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: string) => <StatusTag status={s} />}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="lastRosterMonth"
          title={t('beneficiaries.fields.lastRosterMonth')}
          width={120}
          sorter
          defaultSortOrder={sortOrder('lastRosterMonth')}
          render={(v: string | null) => v ?? <span className="yb-muted">—</span>}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="updatedAt"
          title={t('beneficiaries.fields.updatedAt')}
          width={150}
          sorter
          defaultSortOrder={sortOrder('updatedAt')}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<BeneficiaryRecord>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={150}
          render={(_, r) => (
            <Space size={0}>
              <ShowButton size="small" type="link" recordItemId={r.id} />
              <EditButton size="small" type="link" recordItemId={r.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
