import { EditButton } from '@refinedev/antd';
import type { RectificationItemRecord } from '@yibao/shared';
import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowCommentNotice } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { Attachments } from '../../../components/attachments/Attachments';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { DaysLeft, RESOURCE } from './common';
import { ScreeningSettlements } from './ScreeningSettlements';
import { SubTasks } from './SubTasks';
import { SuperviseButton } from './SuperviseButton';
import { BesideHistory } from '../../../components/BesideHistory';

const none = <span className="yb-muted">—</span>;

/**
 * One item: its facts and deadline, the 平稳过渡 sub-tasks, the evidence (editable by its unit while 待整改/整改中,
 * needed for 申请销号), the workflow actions (申请延期 asks for the new date, declared in the workflow), the
 * province's 挂牌督办 and the history.
 */
export default function RectificationItemShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<RectificationItemRecord>();
  if (notFound) return <StatusPage status={404} />;
  return (
    <WorkflowShow
      resource={RESOURCE}
      record={r}
      title={r?.title}
      isLoading={query.isLoading}
      buttons={
        r && (
          <>
            {r.editable && <EditButton recordItemId={r.id} data-testid="edit-item" />}
            <SuperviseButton record={r} />
          </>
        )
      }
    >
      {r && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={r.id} state={r.state} />
          {r.supervision && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="supervision"
              message={t('rectification-items.supervise.notice', { letterNo: r.supervision.letterNo, by: r.supervision.by, at: r.supervision.at.slice(0, 10) })}
              description={r.supervision.comment ?? undefined}
            />
          )}
          <DetailDescriptions>
            <Descriptions.Item label={t('rectification-items.fields.campaign')}>{r.campaignName ?? r.campaignId}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.problemType')}>{t(`problemTypes.${r.problemType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.category')}>{t(`rectificationCategories.${r.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.source')}>
              {t(`rectificationSources.${r.source}`)}
              {r.sourceRef ? ` · ${r.sourceRef}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.state')}>
              <Space size={4}>
                <WorkflowStateTag resource={RESOURCE} state={r.state} />
                {r.continuing && <Tag color="blue">{t('rectification-items.continuing')}</Tag>}
                {r.supervised && <Tag color="volcano">{t('rectification-items.supervisedTag')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.identifiedOn')}>{r.identifiedOn}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.dueOn')}>
              <Space size={8}>
                <span data-testid="due-on">{r.dueOn}</span>
                <DaysLeft daysLeft={r.daysLeft} overdue={r.overdue} />
              </Space>
            </Descriptions.Item>
            {r.requestedDueOn && (
              <Descriptions.Item label={t('rectification-items.fields.requestedDueOn')}>
                <span data-testid="requested-due-on">{r.requestedDueOn}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('rectification-items.fields.affectedPersons')}>{r.affectedPersons ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.amountYuan')}>{r.amount === null ? none : formatFen(r.amount)}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.responsible')}>
              {r.responsiblePerson
                ? `${r.responsiblePerson}${r.responsibleContact ? `（${r.responsibleContact.unit} ${r.responsibleContact.title} ${r.responsibleContact.phone}）` : ''}`
                : r.responsibleRole
                  ? t(`responsibilityRoles.${r.responsibleRole}`, { defaultValue: r.responsibleRole })
                  : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.localPolicy')}>{r.localPolicy ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.description')} span={2}>
              {r.description ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-items.fields.measures')} span={2}>
              {r.measures ?? none}
            </Descriptions.Item>
          </DetailDescriptions>
          <BesideHistory resource={RESOURCE} id={r.id}>
            <ScreeningSettlements record={r} />
            {r.subTasks && (
              <Card size="small" title={t('rectification-items.subTasks.title')} style={{ marginBottom: 16 }}>
                <SubTasks record={r} />
              </Card>
            )}
            <Card size="small" title={t('rectification-items.evidence', { count: r.attachmentCount })}>
              <Attachments resource={RESOURCE} id={r.id} editable={r.editable} />
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
