import { EditButton } from '@refinedev/antd';
import type { InspectionRecord } from '@yibao/shared';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowCommentNotice, useWorkflowHistory } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { Attachments } from '../../../components/attachments/Attachments';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { AreaTags, PLAN_EDITABLE_STATES, RESOURCE, useInspectingUnit } from './common';
import { InspectionFindings } from './findings';
import { BesideHistory } from '../../../components/BesideHistory';

const none = <span className="yb-muted">—</span>;

/** 反馈与整改报告: when the feedback went out, when the unit's answer is due, and the answer (the `respond` comment). */
function Feedback({ inspection: r }: { inspection: InspectionRecord }) {
  const { t } = useTranslation();
  const { entries } = useWorkflowHistory(RESOURCE, r.id);
  const answer = [...entries].reverse().find((e) => e.action === 'respond');
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="inspection-feedback">
      <Descriptions.Item label={t('inspections.fields.feedbackSentOn')}>{r.feedbackSentOn ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.responseDueOn')}>
        {r.responseDueOn ?? t('inspections.responseDays', { days: r.responseDays })}
      </Descriptions.Item>
      <Descriptions.Item label={t('inspections.fields.response')} span={2}>
        {answer ? (
          <>
            <div style={{ whiteSpace: 'pre-wrap' }} data-testid="inspection-response">
              {answer.comment}
            </div>
            <span className="yb-muted">
              {answer.actorUsername} · {answer.at.slice(0, 10)}
            </span>
          </>
        ) : (
          none
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * One inspection: the plan, the workflow actions (taken by the inspecting unit; 整改报告 by the inspected unit),
 * the findings with their dispositions, the report and team papers (files, the inspecting unit's), the feedback and
 * the unit's answer, and the history.
 */
export default function InspectionShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<InspectionRecord>();
  const mine = useInspectingUnit(r);
  if (notFound) return <StatusPage status={404} />;
  return (
    <WorkflowShow
      resource={RESOURCE}
      record={r}
      title={r?.title}
      isLoading={query.isLoading}
      buttons={r && mine && PLAN_EDITABLE_STATES.includes(r.state) && <EditButton recordItemId={r.id} data-testid="edit-inspection" />}
    >
      {r && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={r.id} state={r.state} />
          <DetailDescriptions>
            <Descriptions.Item label={t('inspections.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.inspectingRegion')}>
              <RegionLabel name={r.inspectingRegionName} code={r.inspectingRegionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.kind')}>
              <Tag>{t(`inspectionKinds.${r.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.state')}>
              <WorkflowStateTag resource={RESOURCE} state={r.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.planned')}>
              <span data-testid="inspection-planned">
                {r.plannedFrom} – {r.plannedTo}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.noticeNo')}>{r.noticeNo ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.teamLeader')}>{r.teamLeader}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.members')}>{r.members ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.areas')} span={2}>
              <AreaTags areas={r.areas} />
            </Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('inspections.findings', { count: r.findingCount })} style={{ marginTop: 16 }}>
            <InspectionFindings inspection={r} mine={mine} />
          </Card>
          <BesideHistory resource={RESOURCE} id={r.id}>
            <Card size="small" title={t('inspections.feedback')} style={{ marginBottom: 16 }}>
              <Feedback inspection={r} />
            </Card>
            <Card size="small" title={t('inspections.report')}>
              <Attachments resource={RESOURCE} id={r.id} editable={mine && r.state !== 'closed'} />
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
