import { DateField, EditButton, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import { IDENTITY_CATEGORIES, type BeneficiaryRecord, type IdentityCategory, ROSTER_STATUS_LABELS, SOURCE_DEPARTMENTS } from '@yibao/shared';
import { Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { IdentityTags } from '../../components/EnrollmentLabels';
import { FilterCard } from '../../components/FilterCard';
import { RegionName } from '../../components/RegionName';
import { RegionTreeSelect, regionFromSubtreeFilters, regionSubtreeFilters } from '../../components/RegionTreeSelect';
import { tablePagination } from '../../components/table';
import type { ApiError } from '../../providers/http';
import { LedgerExportButton } from './LedgerExportButton';
import { MaskedId, StatusTag, thisYear } from './common';

interface Filters {
  q?: string;
  regionCode?: string;
  identityCategory?: IdentityCategory;
  status?: string;
  sourceDepartment?: string;
  /** enrolled in `enrollmentYear` (`enrolledIn=year`) or not (`notEnrolledIn=year`); none → everyone */
  enrollment?: EnrollmentFilter;
  enrollmentYear?: number;
}

type EnrollmentFilter = 'enrolled' | 'notEnrolled';

/**
 * 帮扶对象台账: the people in the user's subtree, ID numbers masked; filters (among them enrolled or not in a
 * year: 应保未保 work starts from the not-enrolled), sorting, the ledger export.
 */
export default function BeneficiaryList() {
  const { t } = useTranslation();
  const { tableProps, searchFormProps, filters, sorters } = useTable<BeneficiaryRecord, ApiError, Filters>({
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'id', order: 'asc' }] },
    onSearch: (v) => [
      { field: 'q', operator: 'eq', value: v.q?.trim() || undefined },
      ...regionSubtreeFilters('regionCode', v.regionCode),
      { field: 'identityCategory', operator: 'eq', value: v.identityCategory },
      { field: 'status', operator: 'eq', value: v.status },
      { field: 'sourceDepartment', operator: 'eq', value: v.sourceDepartment },
      // one of the two, for the year chosen (empty year: this year)
      { field: 'enrolledIn', operator: 'eq', value: v.enrollment === 'enrolled' ? (v.enrollmentYear ?? thisYear()) : undefined },
      { field: 'notEnrolledIn', operator: 'eq', value: v.enrollment === 'notEnrolled' ? (v.enrollmentYear ?? thisYear()) : undefined },
    ],
  });
  const region = regionFromSubtreeFilters('regionCode', filters);
  const enrolledIn = getDefaultFilter('enrolledIn', filters, 'eq') as number | string | undefined;
  const notEnrolledIn = getDefaultFilter('notEnrolledIn', filters, 'eq') as number | string | undefined;
  const enrollment: EnrollmentFilter | undefined = enrolledIn !== undefined ? 'enrolled' : notEnrolledIn !== undefined ? 'notEnrolled' : undefined;

  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <LedgerExportButton regionCode={region} />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard
        formProps={{
          ...searchFormProps,
          initialValues: {
            q: getDefaultFilter('q', filters, 'eq'),
            regionCode: region,
            identityCategory: getDefaultFilter('identityCategory', filters, 'eq'),
            status: getDefaultFilter('status', filters, 'eq'),
            sourceDepartment: getDefaultFilter('sourceDepartment', filters, 'eq'),
            enrollment,
            enrollmentYear: Number(enrolledIn ?? notEnrolledIn) || thisYear(),
          },
        }}
      >
        <Form.Item label={t('filters.keyword')} name="q">
          <Input allowClear placeholder={t('beneficiaries.placeholders.keyword')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.region')} name="regionCode">
          <RegionTreeSelect placeholder={t('filters.all')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.identityCategory')} name="identityCategory">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('filters.all')}
            style={{ width: 190 }}
            popupMatchSelectWidth={false}
            options={IDENTITY_CATEGORIES.map((c) => ({ value: c, label: t(`identityCategories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.status')} name="status">
          <Select allowClear placeholder={t('filters.all')} style={{ width: 100 }} options={Object.keys(ROSTER_STATUS_LABELS).map((s) => ({ value: s, label: t(`beneficiaryStatuses.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.sourceDepartment')} name="sourceDepartment">
          <Select allowClear placeholder={t('filters.all')} style={{ width: 120 }} options={SOURCE_DEPARTMENTS.map((s) => ({ value: s, label: t(`sourceDepartments.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.enrollmentYear')} name="enrollmentYear">
          <InputNumber min={2019} max={2100} precision={0} placeholder={String(thisYear())} style={{ width: 100 }} data-testid="filter-enrollment-year" />
        </Form.Item>
        <Form.Item label={t('beneficiaries.fields.enrollmentStatus')} name="enrollment">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 110 }}
            options={[
              { value: 'enrolled', label: t('beneficiaries.enrollment.yes') },
              { value: 'notEnrolled', label: t('beneficiaries.enrollment.no') },
            ]}
            data-testid="filter-enrollment"
          />
        </Form.Item>
      </FilterCard>
      <Table<BeneficiaryRecord> {...tableProps} rowKey="id" size="middle" pagination={tablePagination(tableProps.pagination, t)} scroll={{ x: 1300 }}>
        <Table.Column<BeneficiaryRecord> dataIndex="name" title={t('beneficiaries.fields.name')} width={110} sorter defaultSortOrder={getDefaultSortOrder('name', sorters)} />
        <Table.Column<BeneficiaryRecord> dataIndex="idNumber" title={t('beneficiaries.fields.idNumber')} width={190} render={(v: string) => <MaskedId value={v} />} />
        <Table.Column<BeneficiaryRecord> dataIndex="sex" title={t('beneficiaries.fields.sex')} width={70} render={(v: string) => t(`beneficiaries.sexes.${v}`, { defaultValue: v })} />
        <Table.Column<BeneficiaryRecord> dataIndex="birthDate" title={t('beneficiaries.fields.birthDate')} width={120} sorter defaultSortOrder={getDefaultSortOrder('birthDate', sorters)} />
        <Table.Column<BeneficiaryRecord>
          dataIndex="regionCode"
          title={t('beneficiaries.fields.region')}
          sorter
          defaultSortOrder={getDefaultSortOrder('regionCode', sorters)}
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
          defaultSortOrder={getDefaultSortOrder('sourceDepartment', sorters)}
          render={(v: string) => t(`sourceDepartments.${v}`, { defaultValue: v })}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="status"
          title={t('beneficiaries.fields.status')}
          width={90}
          sorter
          defaultSortOrder={getDefaultSortOrder('status', sorters)}
          render={(s: string) => <StatusTag status={s} />}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="lastRosterMonth"
          title={t('beneficiaries.fields.lastRosterMonth')}
          width={120}
          sorter
          defaultSortOrder={getDefaultSortOrder('lastRosterMonth', sorters)}
          render={(v: string | null) => v ?? <span className="yb-muted">—</span>}
        />
        <Table.Column<BeneficiaryRecord>
          dataIndex="updatedAt"
          title={t('beneficiaries.fields.updatedAt')}
          width={150}
          sorter
          defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)}
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
