import { DISCRETION_TIERS, FRAUD_ARTICLES, FRAUD_TIME_LIMIT_BOUNDS, type FraudParameters, type FraudThresholds, type FraudTimeLimits } from '@yibao/shared';
import { Card, Space, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/money';

export const RESOURCE = 'fraud-parameters';
export const PREFIX = 'fraud-parameters';

export const TIME_LIMIT_KEYS = Object.keys(FRAUD_TIME_LIMIT_BOUNDS) as Array<keyof FraudTimeLimits>;
export const THRESHOLD_KEYS: Array<keyof FraudThresholds> = [
  'minOfficers',
  'hearingFinePerson',
  'hearingFineOrganisation',
  'legalReviewAmountPerson',
  'legalReviewAmountOrganisation',
  'legalReviewAlways',
  'collectiveAmountPerson',
  'collectiveAmountOrganisation',
];
/** thresholds in fen (the rest: a count and a yes/no) */
export const isFenThreshold = (key: keyof FraudThresholds) => key !== 'minOfficers' && key !== 'legalReviewAlways';

/** "1.2–1.6×" from tenths. */
export const multiples = (range: readonly [number, number]) => `${range[0] / 10}–${range[1] / 10}×`;

/** A value as people read it: days with their unit, 元, 是/否, 3 %. */
export function formatValue(t: TFunction, group: 'timeLimits' | 'thresholds', key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? t(`${PREFIX}.yes`) : t(`${PREFIX}.no`);
  if (typeof value !== 'number') return String(value ?? '—');
  if (group === 'thresholds') return isFenThreshold(key as keyof FraudThresholds) ? formatFen(value) : t(`${PREFIX}.units.people`, { n: value });
  if (key === 'lateFeeBasisPointsPerDay') return `${value / 100}%`;
  return t(`${PREFIX}.units.${key.endsWith('WorkingDays') ? 'workingDays' : key.startsWith('limitation') ? 'years' : 'days'}`, { n: value });
}

/** A path of the document in words: `parameters.timeLimits.decisionDays.value` → "作出处理决定期限 · 取值". */
export function describeParameterPath(t: TFunction, path: string): string {
  const m = /^(?:parameters\.)?(timeLimits|thresholds|discretion)\.(\w+)(?:\.(\w+))?/.exec(path);
  if (!m) return '';
  const what = m[1] === 'discretion' ? t(`${PREFIX}.article`, { article: m[2] }) : t(`${PREFIX}.${m[1]}.${m[2]}`);
  const part = m[3] === 'source' ? t(`${PREFIX}.fields.source`) : m[3] && m[1] === 'discretion' ? t(`discretionTiers.${m[3]}`) : null;
  return part ? `${what} · ${part}` : what;
}

interface Row {
  key: string;
  value: unknown;
  source: string;
}

/** The document read-only: the time limits (with what the law allows), the thresholds, and the tiers per article. */
export function ParametersTables({ doc }: { doc: FraudParameters }) {
  const { t } = useTranslation();
  const group = (name: 'timeLimits' | 'thresholds', keys: string[]) => (
    <Card size="small" title={t(`${PREFIX}.groups.${name}`)}>
      <Table<Row>
        data-testid={`fraud-parameters-${name}`}
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={keys.map((key) => ({ key, ...(doc[name] as Record<string, { value: unknown; source: string }>)[key] }))}
        columns={[
          { title: t(`${PREFIX}.fields.item`), dataIndex: 'key', width: 260, render: (k: string) => <strong>{t(`${PREFIX}.${name}.${k}`)}</strong> },
          { title: t(`${PREFIX}.fields.value`), key: 'value', width: 160, render: (_, r) => formatValue(t, name, r.key, r.value) },
          ...(name === 'timeLimits'
            ? [
                {
                  title: t(`${PREFIX}.fields.bounds`),
                  key: 'bounds',
                  width: 200,
                  render: (_: unknown, r: Row) => {
                    const b = FRAUD_TIME_LIMIT_BOUNDS[r.key as keyof FraudTimeLimits];
                    return (
                      <Typography.Text type="secondary">
                        {b.min === b.max ? t(`${PREFIX}.fixed`, { basis: b.basis }) : t(`${PREFIX}.range`, { min: b.min, max: b.max, basis: b.basis })}
                      </Typography.Text>
                    );
                  },
                },
              ]
            : []),
          { title: t(`${PREFIX}.fields.source`), dataIndex: 'source' },
        ]}
      />
    </Card>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {group('timeLimits', TIME_LIMIT_KEYS)}
      {group('thresholds', THRESHOLD_KEYS)}
      <Card size="small" title={t(`${PREFIX}.groups.discretion`)}>
        <Table
          data-testid="fraud-parameters-discretion"
          rowKey="article"
          size="small"
          pagination={false}
          dataSource={FRAUD_ARTICLES.map((article) => ({ article, ...doc.discretion[`${article}`] }))}
          columns={[
            { title: t(`${PREFIX}.fields.article`), dataIndex: 'article', width: 140, render: (a: number) => t(`${PREFIX}.article`, { article: a }) },
            ...DISCRETION_TIERS.map((tier) => ({
              title: t(`discretionTiers.${tier}`),
              key: tier,
              width: 110,
              render: (_: unknown, r: (typeof doc.discretion)['38']) => multiples(r[tier]),
            })),
            { title: t(`${PREFIX}.fields.source`), dataIndex: 'source' },
          ]}
        />
      </Card>
    </Space>
  );
}
