import {
  DISCRETION_TIERS,
  FRAUD_ARTICLES,
  FRAUD_MIN_OFFICERS_BOUNDS,
  FRAUD_PARAMETER_SOURCE_MAX,
  FRAUD_THRESHOLD_MAX_FEN,
  FRAUD_TIME_LIMIT_BOUNDS,
  type DiscretionTier,
  type FraudParameters,
  type MultipleRange,
} from '@yibao/shared';
import type { ValidationErrors } from '@refinedev/core';
import { Card, Form, type FormInstance, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { placeServerErrors as place } from '../../../components/serverErrors';
import { PREFIX, THRESHOLD_KEYS, TIME_LIMIT_KEYS, isFenThreshold } from './common';

interface Entry {
  value: number | boolean | null;
  source: string;
}
/** The document as the form holds it: thresholds in 元, tiers as multiples (1.2), each with its source. */
export interface ParametersFormValues {
  timeLimits: Record<string, Entry>;
  thresholds: Record<string, Entry>;
  discretion: Record<string, Record<DiscretionTier, [number | null, number | null]> & { source: string }>;
}

export function toFormValues(doc: FraudParameters): ParametersFormValues {
  const thresholds = Object.fromEntries(
    Object.entries(doc.thresholds).map(([k, e]) => [k, { ...e, value: isFenThreshold(k as never) ? (e.value as number) / 100 : e.value }]),
  );
  const discretion = Object.fromEntries(
    Object.entries(doc.discretion).map(([a, tiers]) => [
      a,
      { ...Object.fromEntries(DISCRETION_TIERS.map((tier) => [tier, tiers[tier].map((n) => n / 10)])), source: tiers.source },
    ]),
  ) as ParametersFormValues['discretion'];
  return { timeLimits: { ...doc.timeLimits }, thresholds, discretion };
}

/** The document to send (the API checks the bounds and names any field). */
export function toDoc(v: ParametersFormValues, regionCode: string, year: number): FraudParameters {
  const tenths = (n: number | null) => (n === null || n === undefined ? -1 : Math.round(n * 10));
  const src = (e: { source?: string } | undefined) => (e?.source ?? '').trim();
  return {
    regionCode,
    year,
    timeLimits: Object.fromEntries(TIME_LIMIT_KEYS.map((k) => [k, { value: v.timeLimits?.[k]?.value ?? -1, source: src(v.timeLimits?.[k]) }])) as never,
    thresholds: Object.fromEntries(
      THRESHOLD_KEYS.map((k) => {
        const raw = v.thresholds?.[k]?.value;
        const value = k === 'legalReviewAlways' ? Boolean(raw) : isFenThreshold(k) ? Math.round(Number(raw ?? -1) * 100) : (raw ?? -1);
        return [k, { value, source: src(v.thresholds?.[k]) }];
      }),
    ) as never,
    discretion: Object.fromEntries(
      FRAUD_ARTICLES.map((a) => {
        const f = v.discretion?.[a];
        const ranges = Object.fromEntries(
          DISCRETION_TIERS.map((tier) => [tier, [tenths(f?.[tier]?.[0] ?? null), tenths(f?.[tier]?.[1] ?? null)] as MultipleRange]),
        );
        return [a, { ...ranges, source: src(f) }];
      }),
    ) as never,
  };
}

/** The API's field errors (`parameters.timeLimits.decisionDays.value`) under their fields; the rest for the alert. */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  return place(form, errors, (path) => {
    const m = /^parameters\.(timeLimits|thresholds)\.(\w+)\.(value|source)$/.exec(path);
    if (m) return [m[1], m[2], m[3]];
    const d = /^parameters\.discretion\.(\d+)\.(lenient|ordinary|severe|source)$/.exec(path);
    if (d) return d[2] === 'source' ? ['discretion', d[1], 'source'] : ['discretion', d[1], d[2], 0];
    return null;
  });
}

const sourceRules = (t: (k: string, o?: Record<string, unknown>) => string) => [
  { required: true, whitespace: true, message: t(`${PREFIX}.rules.source`) },
  { max: FRAUD_PARAMETER_SOURCE_MAX, message: t(`${PREFIX}.rules.sourceMax`, { max: FRAUD_PARAMETER_SOURCE_MAX }) },
];

/** The editor: every time limit and threshold with its source, and per article the three tiers (multiples of the loss). */
export function ParametersFields() {
  const { t } = useTranslation();
  const source = (name: (string | number)[]) => (
    <Form.Item name={[...name, 'source']} rules={sourceRules(t)} style={{ marginBottom: 0 }}>
      <Input maxLength={FRAUD_PARAMETER_SOURCE_MAX} placeholder={t(`${PREFIX}.placeholders.source`)} />
    </Form.Item>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Paragraph type="secondary">{t(`${PREFIX}.hints.document`)}</Typography.Paragraph>
      <Card size="small" title={t(`${PREFIX}.groups.timeLimits`)}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={TIME_LIMIT_KEYS.map((key) => ({ key }))}
          columns={[
            { title: t(`${PREFIX}.fields.item`), dataIndex: 'key', width: 240, render: (k: string) => t(`${PREFIX}.timeLimits.${k}`) },
            {
              title: t(`${PREFIX}.fields.value`),
              key: 'value',
              width: 170,
              render: (_, { key }) => {
                const b = FRAUD_TIME_LIMIT_BOUNDS[key];
                return (
                  <Form.Item
                    name={['timeLimits', key, 'value']}
                    rules={[
                      { required: true, type: 'integer', min: b.min, max: b.max, message: t(`${PREFIX}.range`, { min: b.min, max: b.max, basis: b.basis }) },
                    ]}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber min={b.min} max={b.max} precision={0} disabled={b.min === b.max} style={{ width: 110 }} />
                  </Form.Item>
                );
              },
            },
            { title: t(`${PREFIX}.fields.source`), key: 'source', render: (_, { key }) => source(['timeLimits', key]) },
          ]}
        />
      </Card>
      <Card size="small" title={t(`${PREFIX}.groups.thresholds`)}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={THRESHOLD_KEYS.map((key) => ({ key }))}
          columns={[
            { title: t(`${PREFIX}.fields.item`), dataIndex: 'key', width: 240, render: (k: string) => t(`${PREFIX}.thresholds.${k}`) },
            {
              title: t(`${PREFIX}.fields.value`),
              key: 'value',
              width: 200,
              render: (_, { key }) =>
                key === 'legalReviewAlways' ? (
                  <Form.Item name={['thresholds', key, 'value']} valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Switch />
                  </Form.Item>
                ) : (
                  <Form.Item name={['thresholds', key, 'value']} rules={[{ required: true, message: t(`${PREFIX}.rules.value`) }]} style={{ marginBottom: 0 }}>
                    {isFenThreshold(key) ? (
                      <InputNumber min={0.01} max={FRAUD_THRESHOLD_MAX_FEN / 100} precision={2} addonAfter={t(`${PREFIX}.units.yuan`)} style={{ width: 180 }} />
                    ) : (
                      <InputNumber min={FRAUD_MIN_OFFICERS_BOUNDS.min} max={FRAUD_MIN_OFFICERS_BOUNDS.max} precision={0} style={{ width: 110 }} />
                    )}
                  </Form.Item>
                ),
            },
            { title: t(`${PREFIX}.fields.source`), key: 'source', render: (_, { key }) => source(['thresholds', key]) },
          ]}
        />
      </Card>
      <Card size="small" title={t(`${PREFIX}.groups.discretion`)}>
        <Typography.Paragraph type="secondary">{t(`${PREFIX}.hints.tiers`)}</Typography.Paragraph>
        <Table
          rowKey="article"
          size="small"
          pagination={false}
          dataSource={FRAUD_ARTICLES.map((article) => ({ article: String(article) }))}
          columns={[
            { title: t(`${PREFIX}.fields.article`), dataIndex: 'article', width: 120, render: (a: string) => t(`${PREFIX}.article`, { article: a }) },
            ...DISCRETION_TIERS.map((tier) => ({
              title: t(`discretionTiers.${tier}`),
              key: tier,
              width: 190,
              render: (_: unknown, { article }: { article: string }) => (
                <Space size={4}>
                  {[0, 1].map((i) => (
                    <Form.Item
                      key={i}
                      name={['discretion', article, tier, i]}
                      rules={[{ required: true, message: t(`${PREFIX}.rules.value`) }]}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber min={0} max={100} step={0.1} precision={1} style={{ width: 72 }} aria-label={`${article} ${tier} ${i ? 'max' : 'min'}`} />
                    </Form.Item>
                  ))}
                  ×
                </Space>
              ),
            })),
            { title: t(`${PREFIX}.fields.source`), key: 'source', render: (_: unknown, { article }: { article: string }) => source(['discretion', article]) },
          ]}
        />
      </Card>
    </Space>
  );
}
