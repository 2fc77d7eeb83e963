import { PlusOutlined } from '@ant-design/icons';
import { DateField, Show } from '@refinedev/antd';
import { useCan, useList } from '@refinedev/core';
import type { BeneficiaryRecord, EnrollmentRecord as EnrollmentRow, VerificationTaskRecord } from '@yibao/shared';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { DifferenceTypeTag, IdentityTags, OverdueTag, TaskOutcomeTag } from '../../../components/EnrollmentLabels';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import type { ApiError } from '../../../providers/http';
import { CloseTaskModal } from '../components/CloseTaskModal';
import { EnrollmentModal } from './EnrollmentModal';
import { RevealId } from './RevealId';
import { SubsidyCard, useSubsidy } from './SubsidyCard';
import { thisYear } from '../../../components/dates';
import { StatusTag } from './common';

const dash = <span className="yb-muted">—</span>;

function EnrollmentsCard({ person, subsidyYear }: { person: BeneficiaryRecord; subsidyYear: number }) {
  const { t } = useTranslation();
  const { data: canCreate } = useCan({ resource: 'enrollments', action: 'create' });
  const { data: canEdit } = useCan({ resource: 'enrollments', action: 'edit' });
  const { result, query } = useList<EnrollmentRow, ApiError>({
    resource: 'enrollments',
    filters: [{ field: 'beneficiaryId', operator: 'eq', value: person.id }],
    sorters: [{ field: 'year', order: 'desc' }],
    pagination: { mode: 'off' },
  });
  const rows = result?.data ?? [];
  const [editing, setEditing] = useState<{ record?: EnrollmentRow; year: number }>();
  const year = editing?.record?.year ?? editing?.year ?? subsidyYear;
  const { answer: subsidy } = useSubsidy(editing ? person.id : undefined, year);
  const missingThisYear = !rows.some((r) => r.year === thisYear());

  return (
    <Card
      size="small"
      title={t('beneficiaries.enrollment.title')}
      data-testid="enrollments-card"
      extra={
        canCreate?.can && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ year: missingThisYear ? thisYear() : thisYear() + 1 })}
            data-testid="enrollment-add"
          >
            {t('beneficiaries.enrollment.add')}
          </Button>
        )
      }
    >
      <Table<EnrollmentRow>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <span className="yb-muted">{t('beneficiaries.enrollment.none')}</span> }}
        columns={[
          { title: t('beneficiaries.enrollment.year'), dataIndex: 'year', width: 70 },
          {
            title: t('beneficiaries.enrollment.enrolled'),
            dataIndex: 'enrolled',
            width: 130,
            render: (v: boolean, r) =>
              v ? (
                <Tag color="green" style={{ color: '#237804' }}>
                  {t('beneficiaries.enrollment.yes')}
                </Tag>
              ) : r.notEnrolledReason ? (
                <Tag>{t('beneficiaries.enrollment.excluded')}</Tag>
              ) : (
                <Tag color="red" style={{ color: '#a8071a' }} data-testid="not-enrolled-tag">
                  {t('differenceTypes.not_enrolled')}
                </Tag>
              ),
          },
          { title: t('beneficiaries.enrollment.scheme'), dataIndex: 'scheme', render: (v: string | null) => (v ? t(`insuranceSchemes.${v}`) : dash) },
          {
            title: t('beneficiaries.enrollment.extras'),
            key: 'extras',
            render: (_, r) =>
              r.enrolled ? (
                <Space size={[0, 4]} wrap>
                  {r.criticalIllness && <Tag>{t('beneficiaries.enrollment.criticalIllness')}</Tag>}
                  {r.commercialSupplementary && <Tag>{t('beneficiaries.enrollment.commercialSupplementary')}</Tag>}
                </Space>
              ) : (
                dash
              ),
          },
          {
            title: t('beneficiaries.enrollment.subsidyCategory'),
            dataIndex: 'subsidyCategory',
            render: (v: string) => t(`subsidyCategories.${v}`, { defaultValue: v }),
          },
          {
            title: t('beneficiaries.enrollment.subsidyAmountYuan'),
            dataIndex: 'subsidyAmount',
            width: 110,
            align: 'right',
            render: (v: number) => formatFen(v),
          },
          { title: t('beneficiaries.enrollment.paidOn'), dataIndex: 'paidOn', width: 110, render: (v: string | null) => v ?? dash },
          {
            title: t('beneficiaries.enrollment.notEnrolledReason'),
            dataIndex: 'notEnrolledReason',
            render: (v: string | null, r) =>
              r.enrolled ? (
                dash
              ) : v ? (
                t(`nonEnrollmentReasons.${v}`, { defaultValue: v })
              ) : (
                <span style={{ color: '#a8071a' }}>{t('beneficiaries.enrollment.noReason')}</span>
              ),
          },
          ...(canEdit?.can
            ? [
                {
                  title: t('table.actions'),
                  key: 'edit',
                  width: 80,
                  render: (_: unknown, r: EnrollmentRow) => (
                    <Button size="small" type="link" onClick={() => setEditing({ record: r, year: r.year })} data-testid={`enrollment-edit-${r.year}`}>
                      {t('buttons.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <EnrollmentModal
        beneficiaryId={person.id}
        record={editing?.record}
        year={year}
        open={Boolean(editing)}
        subsidy={subsidy}
        onClose={() => setEditing(undefined)}
      />
    </Card>
  );
}

function TasksCard({ person }: { person: BeneficiaryRecord }) {
  const { t } = useTranslation();
  const { data: canClose } = useCan({ resource: 'verification-tasks', action: 'edit' });
  const { result, query } = useList<VerificationTaskRecord, ApiError>({
    resource: 'verification-tasks',
    filters: [{ field: 'beneficiaryId', operator: 'eq', value: person.id }],
    sorters: [{ field: 'id', order: 'desc' }],
    pagination: { currentPage: 1, pageSize: 50 },
  });
  const [closing, setClosing] = useState<VerificationTaskRecord>();
  return (
    <Card size="small" title={t('beneficiaries.tasks.title')} data-testid="tasks-card">
      <Table<VerificationTaskRecord>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={result?.data ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <span className="yb-muted">{t('beneficiaries.tasks.none')}</span> }}
        columns={[
          { title: t('verification-tasks.fields.month'), dataIndex: 'month', width: 90 },
          {
            title: t('verification-tasks.fields.differenceType'),
            dataIndex: 'differenceType',
            render: (v: VerificationTaskRecord['differenceType']) => <DifferenceTypeTag type={v} />,
          },
          {
            title: t('verification-tasks.fields.deadline'),
            dataIndex: 'deadline',
            width: 170,
            render: (v: string, r) => (
              <Space size={4}>
                {v}
                {r.overdue && <OverdueTag deadline={v} />}
              </Space>
            ),
          },
          {
            title: t('verification-tasks.fields.outcome'),
            dataIndex: 'outcome',
            render: (v: VerificationTaskRecord['outcome']) => <TaskOutcomeTag outcome={v} />,
          },
          { title: t('verification-tasks.fields.outcomeNote'), dataIndex: 'outcomeNote', render: (v: string | null) => v ?? dash },
          ...(canClose?.can
            ? [
                {
                  title: t('table.actions'),
                  key: 'close',
                  width: 80,
                  render: (_: unknown, r: VerificationTaskRecord) =>
                    !r.outcome && (
                      <Button size="small" type="link" onClick={() => setClosing(r)} data-testid={`task-close-${r.id}`}>
                        {t('verification-tasks.close.button')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <CloseTaskModal task={closing} onClose={() => setClosing(undefined)} linkToPerson={false} />
    </Card>
  );
}

/** One person of the ledger: identities, the subsidy the rule grants, enrollment by year, verification tasks. */
export default function BeneficiaryShow() {
  const { t } = useTranslation();
  const { query, record: person, notFound } = useRecordShow<BeneficiaryRecord>();
  const [year, setYear] = useState(thisYear());
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show goBack={<BackIcon />} isLoading={query.isLoading} title={person?.name} canDelete={false}>
      {person && (
        <>
          <DetailDescriptions>
            <Descriptions.Item label={t('beneficiaries.fields.name')}>{person.name}</Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.idNumber')}>
              <RevealId id={person.id} masked={person.idNumber} name={person.name} />
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.sex')}>{t(`beneficiaries.sexes.${person.sex}`, { defaultValue: person.sex })}</Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.birthYear')}>{person.birthYear}</Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.region')}>
              <RegionName code={person.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.poolingRegion')}>
              <RegionName code={person.poolingRegionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.identityCategories')} span={2}>
              <IdentityTags categories={person.identityCategories} />
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.sourceDepartment')}>
              {t(`sourceDepartments.${person.sourceDepartment}`, { defaultValue: person.sourceDepartment })}
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.status')}>
              <Space size={4}>
                <StatusTag status={person.status} />
                {person.exitedOn && <span className="yb-muted">{t('beneficiaries.exitedOn', { date: person.exitedOn })}</span>}
                {person.directSettlementSuspension && (
                  <Tag color="volcano" style={{ color: '#871400' }} data-testid="direct-settlement-suspended">
                    {t('beneficiaries.directSettlementSuspended', person.directSettlementSuspension)}
                  </Tag>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.lastRosterMonth')}>{person.lastRosterMonth ?? dash}</Descriptions.Item>
            <Descriptions.Item label={t('beneficiaries.fields.updatedAt')}>
              <DateField value={person.updatedAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
          </DetailDescriptions>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col span={24}>
              <SubsidyCard id={person.id} year={year} onYear={setYear} />
            </Col>
            <Col span={24}>
              <EnrollmentsCard person={person} subsidyYear={year} />
            </Col>
            <Col span={24}>
              <TasksCard person={person} />
            </Col>
          </Row>
        </>
      )}
    </Show>
  );
}
