import { List } from '@refinedev/antd';
import { CHRONIC_DISEASES, RECOGNITION_STATUSES, type ChronicRecognitionRecord as RecognitionRecord } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { ListExportButton } from '../../../components/ListExportButton';
import { useListPage } from '../../../hooks/useListPage';
import { FilingButton } from './FilingButton';
import { RESOURCE, RecognitionStatusTag } from './common';
import { hospitalLevelColumn, idNumberColumn, regionColumn } from '../components/person-columns';
import { showActionColumn } from '../../../components/ShowActionColumn';

type Row = RecognitionRecord;

/** 门诊特慢病认定: recognitions in scope, newest first; filter by disease, hospital, status, date, region, name / ID digits. */
export default function ChronicRecognitionList() {
  const { t } = useTranslation();
  const disease = (code: string) => t(`chronicDiseases.${code}`, { defaultValue: code });
  const { tableProps, filterCard, sortOrder, filters, sorters } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'chronic-recognitions.placeholders.keyword', width: 180 },
      diseaseCode: {
        kind: 'eq',
        label: 'chronic-recognitions.fields.disease',
        width: 200,
        options: CHRONIC_DISEASES.map((d) => ({ value: d.code, label: disease(d.code) })),
      },
      hospitalCode: { kind: 'text', label: 'chronic-recognitions.fields.hospitalCode', width: 150 },
      status: {
        kind: 'eq',
        label: 'chronic-recognitions.fields.status',
        width: 100,
        options: RECOGNITION_STATUSES.map((s) => ({ value: s, label: t(`recognitionStatuses.${s}`) })),
      },
      recognizedOn: { kind: 'dateRange', label: 'chronic-recognitions.fields.recognizedOn', width: 250 },
      regionCode: { kind: 'region', label: 'chronic-recognitions.fields.region', width: 180 },
    },
    sort: [
      { field: 'recognizedOn', order: 'desc' },
      { field: 'id', order: 'desc' },
    ],
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <FilingButton />
          <ListExportButton<Row>
            resource={RESOURCE}
            filters={filters}
            sorters={sorters}
            filename="chronic-recognitions.csv"
            columns={[
              { title: t('chronic-recognitions.fields.name'), value: (r) => r.name },
              { title: t('chronic-recognitions.fields.idNumber'), value: (r) => r.idNumber },
              { title: t('chronic-recognitions.fields.disease'), value: (r) => disease(r.diseaseCode) },
              { title: t('chronic-recognitions.fields.hospitalName'), value: (r) => r.hospitalName },
              { title: t('chronic-recognitions.fields.hospitalCode'), value: (r) => r.hospitalCode },
              { title: t('chronic-recognitions.fields.recognizedOn'), value: (r) => r.recognizedOn },
              { title: t('chronic-recognitions.fields.status'), value: (r) => t(`recognitionStatuses.${r.status}`) },
            ]}
          />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
        <Table.Column<Row>
          dataIndex="recognizedOn"
          title={t('chronic-recognitions.fields.recognizedOn')}
          width={110}
          sorter
          defaultSortOrder={sortOrder('recognizedOn')}
        />
        <Table.Column<Row> dataIndex="name" title={t('chronic-recognitions.fields.name')} width={100} />
        {idNumberColumn<Row>(t('chronic-recognitions.fields.idNumber'))}
        {regionColumn<Row>(t('chronic-recognitions.fields.region'))}
        <Table.Column<Row>
          dataIndex="diseaseCode"
          title={t('chronic-recognitions.fields.disease')}
          sorter
          defaultSortOrder={sortOrder('diseaseCode')}
          render={disease}
        />
        <Table.Column<Row> dataIndex="hospitalName" title={t('chronic-recognitions.fields.hospitalName')} ellipsis />
        {hospitalLevelColumn<Row>(t('chronic-recognitions.fields.hospitalLevel'), t)}
        <Table.Column<Row>
          dataIndex="status"
          title={t('chronic-recognitions.fields.status')}
          width={90}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: string) => <RecognitionStatusTag status={s} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
