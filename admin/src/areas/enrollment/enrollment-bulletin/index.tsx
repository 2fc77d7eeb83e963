import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { DateField, List } from '@refinedev/antd';
import { useCan, useCustomMutation } from '@refinedev/core';
import { chinaDate, regionLevelOf, type BulletinRow, type EnrollmentBulletin as Bulletin } from '@yibao/shared';
import { Alert, Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { useSubmitOnce } from '../../../components/FormModal';
import type { ApiError } from '../../../providers/http';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { RegionPeriodPicker } from '../components/RegionPeriodPicker';
import { rateColumns, redWhenPositive } from '../components/rate-columns';
import { RESOURCE, useBulletin, useBulletinParams } from './common';

type Row = BulletinRow & { key: string; isTotal?: boolean };

/**
 * 发布 (S1 §一(二)): the province publishes an ended month's bulletin, which freezes its figures and receives the
 * month's reporting task; a published month says when, instead of offering the button.
 */
function PublishButton({ bulletin, onPublished }: { bulletin: Bulletin | undefined; onPublished: () => unknown }) {
  const { t } = useTranslation();
  const { data: canPublish } = useCan({ resource: RESOURCE, action: 'create' });
  const { busy, submitOnce } = useSubmitOnce();
  const { mutateAsync } = useCustomMutation<Bulletin, ApiError>();
  if (!bulletin) return null;
  if (bulletin.publishedAt)
    return (
      <Tag color="green" style={{ color: '#237804' }} data-testid="bulletin-published">
        {t('enrollment-bulletin.published', { date: chinaDate(bulletin.publishedAt) })}
      </Tag>
    );
  const ended = bulletin.month < chinaDate(new Date()).slice(0, 7);
  if (!canPublish?.can || regionLevelOf(bulletin.regionCode) !== 'province' || !ended) return null;
  const publish = () =>
    submitOnce(async () => {
      await mutateAsync({
        url: `/${RESOURCE}/publish`,
        method: 'post',
        values: { regionCode: bulletin.regionCode, month: bulletin.month },
        successNotification: { type: 'success', message: t('enrollment-bulletin.publish.done', { month: bulletin.month }) },
        errorNotification: (error?: ApiError) => ({ type: 'error', message: t('enrollment-bulletin.publish.failed'), description: error?.message }),
      });
      await onPublished();
    });
  return (
    <Popconfirm title={t('enrollment-bulletin.publish.confirm', { month: bulletin.month })} onConfirm={publish} okButtonProps={{ loading: busy }}>
      <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="bulletin-publish">
        {t('enrollment-bulletin.publish.button')}
      </Button>
    </Popconfirm>
  );
}

/**
 * 月通报: for a region and month, each unit below it with its enrollment figures against the target and
 * the month's verification work (tasks opened, closed, overdue), a total row, the XLSX workbook and a
 * print view in the official layout.
 */
export default function EnrollmentBulletin() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionCode, month, set } = useBulletinParams();
  const { bulletin, loading, error, refetch } = useBulletin(regionCode, month);
  const { data: canExport } = useCan({ resource: RESOURCE, action: 'export' });
  const rows: Row[] = bulletin
    ? [
        ...bulletin.rows.map((r) => ({ ...r, key: r.regionCode })),
        {
          ...bulletin.total,
          regionCode: bulletin.regionCode,
          regionName: t('enrollment-bulletin.total'),
          level: bulletin.rows[0]?.level ?? 'county',
          key: 'total',
          isTotal: true,
        } as Row,
      ]
    : [];
  const query = new URLSearchParams({ regionCode: regionCode ?? '', month });
  // a province's bulletin lists each city with its counties below it
  const nested = Boolean(bulletin) && regionLevelOf(bulletin!.regionCode) === 'province';

  const columns: ColumnsType<Row> = [
    {
      title: t('enrollment-bulletin.fields.unit'),
      dataIndex: 'regionName',
      fixed: 'left',
      width: 200,
      render: (name: string, r) =>
        r.isTotal ? (
          <strong>{name}</strong>
        ) : (
          <Space size={6} style={r.level === 'county' && nested ? { paddingInlineStart: 20 } : undefined}>
            <span>{name ?? r.regionCode}</span>
            <RegionLevelTag level={r.level} />
          </Space>
        ),
    },
    ...rateColumns<Row>(t, { metWidth: 100 }),
    {
      title: t('enrollment-bulletin.fields.tasks'),
      children: [
        { title: t('enrollment-bulletin.fields.tasksOpened'), dataIndex: 'tasksOpened', align: 'right' },
        { title: t('enrollment-bulletin.fields.tasksClosed'), dataIndex: 'tasksClosed', align: 'right' },
        {
          title: t('enrollment-bulletin.fields.tasksOverdue'),
          dataIndex: 'tasksOverdue',
          align: 'right',
          render: redWhenPositive,
        },
      ],
    },
  ];

  return (
    <List
      headerButtons={
        <Space wrap>
          <RegionPeriodPicker
            idPrefix="bulletin"
            regionLabel={t('enrollment-bulletin.fields.region')}
            regionCode={regionCode}
            onRegion={(c) => set({ regionCode: c })}
            periodLabel={t('enrollment-bulletin.fields.month')}
            picker="month"
            period={dayjs(`${month}-01`)}
            disabledPeriod={(d) => d.isAfter(dayjs(), 'month')}
            onPeriod={(d) => set({ month: d.format('YYYY-MM') })}
            periodTestId="bulletin-month"
          />
          {canExport?.can && (
            <FileDownloadButton
              path={`/${RESOURCE}?${query.toString()}&format=xlsx`}
              fallbackName={`enrollment-bulletin-${regionCode}-${month}.xlsx`}
              label={t('enrollment-bulletin.xlsx')}
              disabled={!bulletin}
              testId="bulletin-xlsx"
            />
          )}
          <PublishButton bulletin={bulletin} onPublished={refetch} />
          <Button
            icon={<PrinterOutlined />}
            disabled={!bulletin}
            onClick={() => navigate(`/${RESOURCE}/print?${query.toString()}`)}
            data-testid="bulletin-print"
          >
            {t('enrollment-bulletin.print.button')}
          </Button>
        </Space>
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('enrollment-bulletin.failed')}
          description={error.message}
          data-testid="bulletin-error"
        />
      )}
      {bulletin && (
        <Typography.Paragraph type="secondary">
          {t('enrollment-bulletin.caption', { region: bulletin.regionName, month: bulletin.month })} · {t('enrollment-bulletin.generatedAt')}{' '}
          <DateField value={bulletin.generatedAt} format="YYYY-MM-DD HH:mm" />
        </Typography.Paragraph>
      )}
      {bulletin && !bulletin.rows.length ? (
        <Empty description={t('enrollment-bulletin.empty')} />
      ) : (
        <Table<Row>
          data-testid="bulletin-table"
          rowKey="key"
          size="small"
          bordered
          loading={loading}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 1200 }}
          rowClassName={(r) => (r.isTotal ? 'yb-row-total' : '')}
        />
      )}
    </List>
  );
}
