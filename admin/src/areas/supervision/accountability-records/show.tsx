import type { AccountabilityRecordRecord } from '@yibao/shared';
import { Alert, Card, Descriptions, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowCommentNotice } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { AppealButton } from './AppealButton';
import { MeasureTags, RESOURCE } from './common';
import { BesideHistory } from '../../../components/BesideHistory';

const none = <span className="yb-muted">—</span>;

/**
 * One accountability record (personnel data: each opening is audit-logged by the API): the subject, conduct and
 * facts, the measures, the decision with its effect period as a timeline (decision → execution → end of the
 * period), the appeal (recorded by the province: AppealButton), the workflow actions (登记问责决定 asks for the decision's number, body, date and measures)
 * and the history.
 */
export default function AccountabilityRecordShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<AccountabilityRecordRecord>();
  if (notFound) return <StatusPage status={404} />;
  const title = r ? t('accountability-records.recordTitle', { subject: r.subjectName, conduct: t(`accountabilityConducts.${r.conduct}`) }) : undefined;
  return (
    <WorkflowShow resource={RESOURCE} record={r} title={title} isLoading={query.isLoading} buttons={r && <AppealButton record={r} />}>
      {r && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={r.id} state={r.state} />
          {r.executionOverdue && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="execution-overdue"
              message={t('accountability-records.executionOverdueNotice')}
            />
          )}
          <DetailDescriptions>
            <Descriptions.Item label={t('accountability-records.fields.subjectName')}>{r.subjectName}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.subjectType')}>{t(`accountabilitySubjectTypes.${r.subjectType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.unit')}>{r.unit}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.post')}>{r.post ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.state')}>
              <WorkflowStateTag resource={RESOURCE} state={r.state} />
              {r.published && <Tag style={{ marginLeft: 4 }}>{t('accountability-records.published')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.conduct')}>{t(`accountabilityConducts.${r.conduct}`)}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.sourceType')}>
              {t(`accountabilitySourceTypes.${r.sourceType}`)}
              {r.sourceId ? ` · #${r.sourceId}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.facts')} span={2}>
              {r.facts}
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.measures')} span={2}>
              <MeasureTags measures={r.measures} />
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.basis')} span={2}>
              {r.basis}
            </Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.proposedBy')}>{r.proposedBy}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.decisionNo')}>{r.decisionNo ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.decidedBy')}>{r.decidedBy ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('accountability-records.fields.decidedOn')}>{r.decidedOn ?? none}</Descriptions.Item>
          </DetailDescriptions>
          <BesideHistory resource={RESOURCE} id={r.id}>
            <Card size="small" title={t('accountability-records.timeline')} style={{ marginBottom: 16 }}>
              {r.decidedOn ? (
                <Timeline
                  data-testid="effect-timeline"
                  items={[
                    { color: 'blue', children: `${r.decidedOn} ${t('accountability-records.fields.decidedOn')}` },
                    ...(r.appeal?.filedOn
                      ? [
                          {
                            color: 'orange',
                            children: `${r.appeal.filedOn} ${t('accountability-records.appealFiled')}${r.appeal.outcome ? ` → ${t(`appealOutcomes.${r.appeal.outcome}`)} (${r.appeal.decidedOn})` : ''}`,
                          },
                        ]
                      : [{ color: 'gray', children: `${r.appeal?.dueOn ?? ''} ${t('accountability-records.appealDue')}` }]),
                    {
                      color: r.executionOverdue ? 'red' : r.executedOn ? 'green' : 'gray',
                      children: r.executedOn ? `${r.executedOn} ${t('accountability-records.fields.executedOn')}` : t('accountability-records.notExecuted'),
                    },
                    {
                      color: 'green',
                      children:
                        r.effectEndsOn !== null
                          ? `${r.effectEndsOn} ${t('accountability-records.effectEnds', { months: r.effectMonths })}`
                          : r.measures.includes('expulsion')
                            ? t('accountability-records.permanent')
                            : t('accountability-records.noEffectPeriod'),
                    },
                  ]}
                />
              ) : (
                <span className="yb-muted">{t('accountability-records.notDecided')}</span>
              )}
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
