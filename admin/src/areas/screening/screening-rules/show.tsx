import { Show } from '@refinedev/antd';
import type { ScreeningRuleCatalogueItem } from '@yibao/shared';
import { Alert, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackIcon } from '../../../components/BackIcon';
import { RuleParameterTable } from '../components/rule-parameters';
import { BasisText, DismissedByReason, PREFIX, RegionYearPickers, formatPrecision, useCatalogue, useRegionYear, yuan } from './common';

/** One rule of the catalogue: its logic and source, the parameters in force with their sources, and its hit rate. */
export default function ScreeningRuleShow() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const { id } = useParams();
  const { regionCode, year, set } = useRegionYear();
  const { data: rule, query } = useCatalogue<ScreeningRuleCatalogueItem>(`/screening-rules/${encodeURIComponent(id ?? '')}`, regionCode, year);
  return (
    <Show
      goBack={<BackIcon />}
      title={rule ? rule.name[lang] : t(`${PREFIX}.titles.show`)}
      isLoading={query.isLoading}
      headerButtons={<RegionYearPickers regionCode={regionCode} year={year} set={set} />}
    >
      {query.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t(`${PREFIX}.failed`)} description={query.error.message} />}
      {rule && (
        <>
          <Descriptions bordered size="small" column={1} data-testid="screening-rule">
            <Descriptions.Item label={t(`${PREFIX}.fields.name`)}>{`${rule.name.zh} (${rule.name.en})`}</Descriptions.Item>
            <Descriptions.Item label={t(`${PREFIX}.fields.type`)}>
              <Tag>{t(`screeningRuleTypes.${rule.type}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t(`${PREFIX}.fields.level`)}>{t(`${PREFIX}.levels.${rule.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t(`${PREFIX}.fields.logic`)}>{rule.logic[lang]}</Descriptions.Item>
            <Descriptions.Item label={t(`${PREFIX}.fields.source`)}>{rule.source}</Descriptions.Item>
          </Descriptions>
          <Card
            size="small"
            style={{ marginTop: 16 }}
            title={t(`${PREFIX}.fields.parameters`)}
            extra={<Link to="/screening-parameters">{t('screening-parameters.link')}</Link>}
          >
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<BasisText basis={rule.parametersBasis} />} />
            <RuleParameterTable rule={rule.id} parameters={rule.parameters} testId="screening-rule-params" />
          </Card>
          <Card size="small" style={{ marginTop: 16 }} title={t(`${PREFIX}.hitRateTitle`, { year })}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="screening-rule-hit-rate">
              <Descriptions.Item label={t(`${PREFIX}.fields.total`)}>{rule.hitRate.total}</Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.open`)}>{rule.hitRate.open}</Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.reviewed`)}>{rule.hitRate.reviewed}</Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.confirmed`)}>{rule.hitRate.confirmed}</Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.dismissed`)}>
                <DismissedByReason rate={rule.hitRate} />
              </Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.precision`)}>{formatPrecision(rule.hitRate.precision)}</Descriptions.Item>
              <Descriptions.Item label={t(`${PREFIX}.fields.confirmedAmount`)}>{yuan(rule.hitRate.confirmedAmount)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </>
      )}
    </Show>
  );
}
