import { DateField } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { COST_WARNING_WORKFLOW, type CurrentUser, type IdentityCategory, warningClearance } from '@yibao/shared';
import { Alert, Card, Descriptions, Progress, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { IdentityTags } from '../../../components/EnrollmentLabels';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowCommentNotice } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag, mayEditContent } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { MeasuresEditor, MeasuresTable } from './MeasuresEditor';
import { type CostWarningRecord, WarningOverdueTag } from './common';
import { BesideHistory } from '../../../components/BesideHistory';
import { listUrl } from '../../../components/listUrl';

const RESOURCE = 'cost-warnings';

/**
 * One warning: the year's burden after basic + 大病 against the threshold that raised it, the person's
 * identities, the measures taken (editable while verified or assisted), the stage actions and history.
 */
export default function CostWarningShow() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { query, record: r, notFound } = useRecordShow<CostWarningRecord>();
  if (notFound) return <StatusPage status={404} />;
  const mayEdit = Boolean(r) && mayEditContent(COST_WARNING_WORKFLOW, r!.state, me, r!.regionCode);
  const title = r ? t('cost-warnings.recordTitle', { name: r.name, year: r.year }) : undefined;
  const ratio = r && r.thresholdFen > 0 ? Math.round((r.burdenFen * 100) / r.thresholdFen) : 0;
  // 清零 (S3 §三): what the measures leave against the line decides whether a reason is needed (as the API does)
  const clearance = r ? warningClearance(r) : undefined;
  const clearanceFigures = clearance && {
    burden: formatFen(clearance.burdenFen),
    measures: formatFen(clearance.measuresFen),
    remaining: formatFen(clearance.remainingFen),
    threshold: formatFen(clearance.thresholdFen),
    percent: clearance.remainingPercent,
  };
  const explainClear = (action: string) =>
    action === 'clear' && clearance
      ? {
          note: t(clearance.resolved ? 'cost-warnings.clearRule.resolved' : 'cost-warnings.clearRule.unresolved', clearanceFigures),
          commentRequired: !clearance.resolved,
        }
      : undefined;
  return (
    <WorkflowShow resource={RESOURCE} record={r} title={title} isLoading={query.isLoading} explain={explainClear}>
      {r && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={r.id} state={r.state} />
          {r.state === 'verified' && !r.measures.length && mayEdit && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('cost-warnings.measures.needed')} data-testid="measures-needed" />
          )}
          <DetailDescriptions>
            <Descriptions.Item label={t('cost-warnings.fields.name')}>
              {r.beneficiaryId ? <Link to={`/beneficiaries/show/${r.beneficiaryId}`}>{r.name}</Link> : r.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.idNumber')}>
              <span className="yb-mono">{r.idNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.region')}>
              <RegionName code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.identities')}>
              <IdentityTags categories={r.identityCategories as IdentityCategory[]} />
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.state')}>
              <Space size={4}>
                <WorkflowStateTag resource={RESOURCE} state={r.state} />
                {r.overdue && <WarningOverdueTag dueAt={r.dueAt} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.dueAt')}>
              {r.dueAt ? <DateField value={r.dueAt} format="YYYY-MM-DD" /> : <span className="yb-muted">—</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.department')}>{t(`sourceDepartments.${r.department}`)}</Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.settlementCount')}>
              <Link to={listUrl('/settlements', [{ field: 'q', operator: 'eq', value: r.name }])}>{r.settlementCount}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.detectedAt')}>
              <DateField value={r.detectedAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
            <Descriptions.Item label={t('cost-warnings.fields.lastPush')}>
              {r.lastPushId ? <Link to="/cost-warnings/pushes">#{r.lastPushId}</Link> : <span className="yb-muted">{t('cost-warnings.notPushed')}</span>}
            </Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('cost-warnings.burdenTitle')} style={{ marginTop: 16 }} data-testid="burden">
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{t('cost-warnings.burdenLine', { burden: formatFen(r.burdenFen), threshold: formatFen(r.thresholdFen), ratio })}</span>
              {clearance && clearance.measuresFen > 0 && <span data-testid="burden-remaining">{t('cost-warnings.remainingLine', clearanceFigures)}</span>}
              <Progress
                percent={Math.min(100, ratio)}
                status={ratio >= 100 ? 'exception' : 'normal'}
                format={() => `${ratio}%`}
                aria-label={t('cost-warnings.burdenTitle')}
              />
            </Space>
          </Card>
          <BesideHistory resource={RESOURCE} id={r.id}>
            <Card size="small" title={t('cost-warnings.measures.title')}>
              {mayEdit ? <MeasuresEditor key={r.version} record={r} /> : <MeasuresTable measures={r.measures} />}
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
