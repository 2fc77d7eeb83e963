import { DateField } from '@refinedev/antd';
import { diffValues, type PolicyParametersRecord } from '@yibao/shared';
import { Alert, Card, Descriptions, Tabs } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ParameterSetShow } from '../../../components/parameter-sets/ParameterSetPages';
import { RecomputeHint } from '../components/settlement-recomputes';
import { RESOURCE, SECTIONS, SectionTable, describeParameterPath, formatValue, splitPath } from '../components/policy-parameters';

/** How many values of the working copy differ from the approved copy in force (0 when there is none). */
const pendingChanges = (r: PolicyParametersRecord) => (r.approved ? diffValues(r.approved, r.parameters).length : 0);

/**
 * One pooling region's parameters for a year: every value with its source by group, the change from last
 * year, the approval workflow (city submits, province approves) with its history and the changes since the
 * last approval, and a banner while the copy in force differs from the working copy (or none is approved).
 */
export default function PolicyParametersShow() {
  const { t } = useTranslation();
  const describe = useCallback((p: string) => describeParameterPath(t, p), [t]);
  const format = useCallback((p: string, v: unknown) => (typeof v === 'object' && v !== null ? v : formatValue(t, splitPath(p), v)), [t]);
  return (
    <ParameterSetShow<PolicyParametersRecord>
      resource={RESOURCE}
      prefix="policy-parameters"
      describePath={describe}
      formatDiff={format}
      banner={(r) =>
        r.state === 'approved' ? (
          <RecomputeHint year={r.year} regionCode={r.regionCode} />
        ) : !r.approved ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('policy-parameters.banner.noneApproved')} data-testid="banner-none-approved" />
        ) : pendingChanges(r) > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="banner-pending"
            message={t('policy-parameters.banner.pending', { count: pendingChanges(r) })}
            description={t('policy-parameters.banner.pendingHint')}
          />
        ) : null
      }
      facts={(r) => (
        <>
          <Descriptions.Item label={t('policy-parameters.fields.effective')}>
            {r.parameters.effectiveFrom} ~ {r.parameters.effectiveTo}
          </Descriptions.Item>
          <Descriptions.Item label={t('policy-parameters.fields.approvedAt')}>
            {r.approvedAt ? <DateField value={r.approvedAt} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">—</span>}
          </Descriptions.Item>
        </>
      )}
    >
      {(r) => (
        <Card size="small" title={t('policy-parameters.valuesTitle')} style={{ marginTop: 16 }}>
          <Tabs
            items={SECTIONS.map((s) => ({ key: s, label: t(`policy-parameters.sections.${s}`), children: <SectionTable doc={r.parameters} section={s} /> }))}
          />
        </Card>
      )}
    </ParameterSetShow>
  );
}
