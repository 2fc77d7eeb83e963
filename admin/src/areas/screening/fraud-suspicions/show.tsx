import type { FraudSuspicionRecord, FraudSuspicionRevealed, SuspicionSettlement } from '@yibao/shared';
import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BesideHistory } from '../../../components/BesideHistory';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { RevealButton } from '../../../components/RevealButton';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowRecordNotices } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { StayTimeline } from './timeline';

const RESOURCE = 'fraud-suspicions';
const none = <span className="yb-muted">—</span>;

/**
 * One 疑点: what the rule found and where, the person (masked; 查看 is audited), the stage's due date (working days,
 * the province's time limits), the workflow actions (初审 … 认定违规 / 排除 with a reason), the triggering settlements
 * side by side with their stays on a timeline (readmissions, overlapping stays), and the clue a violation opened.
 */
export default function FraudSuspicionShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<FraudSuspicionRecord>();
  const [revealed, setRevealed] = useState<FraudSuspicionRevealed>();
  if (notFound) return <StatusPage status={404} />;
  const title = r ? t('fraud-suspicions.recordTitle', { id: r.id }) : undefined;
  return (
    <WorkflowShow
      resource={RESOURCE}
      record={r}
      title={title}
      isLoading={query.isLoading}
      buttons={
        r?.clueId != null && (
          <Link to={`/fraud-clues/show/${r.clueId}`} data-testid="suspicion-clue-link">
            <Button>{t('fraud-suspicions.openClue')}</Button>
          </Link>
        )
      }
    >
      {r && (
        <>
          <WorkflowRecordNotices
            resource={RESOURCE}
            record={r}
            overdue={r.overdue && t('fraud-suspicions.overdueNotice', { date: r.dueOn })}
            testId="suspicion-overdue"
          />
          <DetailDescriptions>
            <Descriptions.Item label={t('fraud-suspicions.fields.rule')}>{t(`screeningRules.${r.ruleId}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.state')}>
              <WorkflowStateTag resource={RESOURCE} state={r.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.detail')} span={2}>
              {r.detail}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.institution')}>
              {r.institutionCode ? `${r.institutionName ?? ''} ${r.institutionCode}`.trim() : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.idNumber')}>
              <Space size={6} wrap>
                <span className="yb-mono" data-testid="suspicion-id-number">
                  {revealed?.idNumber ?? r.idNumber ?? '—'}
                </span>
                {r.personName && <span>{r.personName}</span>}
                {revealed ? (
                  <>
                    <Tag color="red" style={{ color: '#a8071a' }}>
                      {t('reveal.audited')}
                    </Tag>
                    <Button size="small" type="link" onClick={() => setRevealed(undefined)}>
                      {t('reveal.hide')}
                    </Button>
                  </>
                ) : (
                  r.idNumber && (
                    <RevealButton<FraudSuspicionRevealed>
                      resource={RESOURCE}
                      id={r.id}
                      title={t('fraud-suspicions.reveal.title', { id: r.id })}
                      warning={t('fraud-suspicions.reveal.warning')}
                      label={t('fraud-suspicions.reveal.button')}
                      onRevealed={setRevealed}
                    />
                  )
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.amountAtStake')}>
              <span className="yb-mono">{formatFen(r.amountAtStake)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.dueOn')}>
              <Space size={4} wrap>
                {r.dueOn ?? none}
                {r.dueApproximate && <Tag>{t('fraud-suspicions.approximate')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.claimedBy')}>{r.claimedBy ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.dismissReason')}>
              {r.dismissReason ? t(`suspicionDismissReasons.${r.dismissReason}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fraud-suspicions.fields.clue')}>
              {r.clueId !== null ? <Link to={`/fraud-clues/show/${r.clueId}`}>{t('fraud-suspicions.clueNo', { id: r.clueId })}</Link> : none}
            </Descriptions.Item>
          </DetailDescriptions>
          <BesideHistory resource={RESOURCE} id={r.id}>
            <Card size="small" title={t('fraud-suspicions.settlements')} style={{ marginBottom: 16 }}>
              <StayTimeline settlements={r.settlements} />
              <Table<SuspicionSettlement>
                dataSource={r.settlements}
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 900 }}
                data-testid="suspicion-settlements"
              >
                <Table.Column<SuspicionSettlement> dataIndex="id" title="#" />
                <Table.Column<SuspicionSettlement>
                  dataIndex="admittedOn"
                  title={t('fraud-suspicions.settlement.admittedOn')}
                  render={(v: string | null) => v ?? '—'}
                />
                <Table.Column<SuspicionSettlement>
                  dataIndex="dischargedOn"
                  title={t('fraud-suspicions.settlement.dischargedOn')}
                  render={(v: string | null) => v ?? '—'}
                />
                <Table.Column<SuspicionSettlement> dataIndex="settledOn" title={t('fraud-suspicions.settlement.settledOn')} />
                <Table.Column<SuspicionSettlement>
                  dataIndex="diagnosisCode"
                  title={t('fraud-suspicions.settlement.diagnosisCode')}
                  render={(v: string | null) => v ?? '—'}
                />
                <Table.Column<SuspicionSettlement> dataIndex="institutionName" title={t('fraud-suspicions.fields.institution')} />
                <Table.Column<SuspicionSettlement>
                  dataIndex="visitType"
                  title={t('fraud-suspicions.settlement.visitType')}
                  render={(v: string) => t(`visitTypes.${v}`, { defaultValue: v })}
                />
                <Table.Column<SuspicionSettlement>
                  dataIndex="totalCost"
                  title={t('fraud-suspicions.settlement.totalCost')}
                  align="right"
                  render={(v: number) => formatFen(v)}
                />
                <Table.Column<SuspicionSettlement>
                  dataIndex="inPolicyCost"
                  title={t('fraud-suspicions.settlement.inPolicyCost')}
                  align="right"
                  render={(v: number) => formatFen(v)}
                />
                <Table.Column<SuspicionSettlement>
                  dataIndex="paidOutOfPocket"
                  title={t('fraud-suspicions.settlement.paidOutOfPocket')}
                  align="right"
                  render={(v: number) => formatFen(v)}
                />
              </Table>
            </Card>
            <Card size="small" title={t('fraud-suspicions.stages')}>
              <p style={{ marginBottom: 0 }}>{t('fraud-suspicions.stagesRule')}</p>
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
