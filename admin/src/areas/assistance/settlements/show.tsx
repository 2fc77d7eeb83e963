import { DateField, Show } from '@refinedev/antd';
import type { IdentityCategory, SettlementRecord } from '@yibao/shared';
import { Alert, Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FlagTags, TierBar } from '../../../components/AssistanceLabels';
import { BackIcon } from '../../../components/BackIcon';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { IdentityTags } from '../../../components/EnrollmentLabels';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { formatFen } from '../../../components/money';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { TierTable, TraceSteps } from '../components/settlement-case';

/** One settlement: the person and the case, recorded vs computed tiers side by side, the flags and the trace. */
export default function SettlementShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<SettlementRecord>();
  if (notFound) return <StatusPage status={404} />;
  const money = (v: number) => (
    <span className="yb-mono">
      {formatFen(v)} {t('money.yuan')}
    </span>
  );
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={r ? t('settlements.recordTitle', { name: r.name, date: r.settledOn }) : undefined}
      canEdit={false}
      canDelete={false}
    >
      {r && (
        <>
          {r.flags.includes('recorded_mismatch') && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('settlements.mismatch')}
              description={t('settlements.mismatchHint')}
              data-testid="mismatch-banner"
            />
          )}
          <DetailDescriptions>
            <Descriptions.Item label={t('settlements.fields.name')}>{r.name}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.idNumber')}>
              <span className="yb-mono">{r.idNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.region')}>
              <RegionName code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.identityCategories')}>
              <IdentityTags categories={r.identityCategories as IdentityCategory[]} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.institutionName')}>
              {r.institutionName} <span className="yb-muted">{r.institutionCode}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.settlementNo')}>{r.settlementNo ?? <span className="yb-muted">—</span>}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.settledOn')}>{r.settledOn}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.visitType')}>
              {t(`visitTypes.${r.visitType}`)} · {t(`hospitalLevels.${r.hospitalLevel}`)} ·{' '}
              {r.inCounty ? t('settlements.inCountyYes') : t('settlements.inCountyNo')}
            </Descriptions.Item>
            {r.admittedOn && (
              <Descriptions.Item label={t('settlements.fields.stay')}>
                <span data-testid="settlement-stay">
                  {r.admittedOn} – {r.dischargedOn}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('settlements.fields.diagnosisCode')}>
              {r.diagnosisCode ? (
                <span className="yb-mono" data-testid="settlement-diagnosis">
                  {r.diagnosisCode}
                </span>
              ) : (
                <span className="yb-muted">—</span>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.totalCost')}>{money(r.totalCost)}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.inPolicyCost')}>{money(r.inPolicyCost)}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.inCatalogueCost')}>{money(r.inCatalogueCost)}</Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.createdAt')}>
              <DateField value={r.createdAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
            <Descriptions.Item label={t('settlements.fields.flags')} span={2}>
              <FlagTags flags={r.flags} />
            </Descriptions.Item>
          </DetailDescriptions>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('settlements.tiersTitle')}>
                <TierTable computed={r.computed} recorded={r.recorded} />
                <div style={{ marginTop: 12 }}>
                  <TierBar tiers={r.recorded} total={r.totalCost} />
                </div>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('settlements.trace.title')}>
                <TraceSteps trace={r.trace} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Show>
  );
}
