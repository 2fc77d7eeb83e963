import {
  AID_CATEGORY_SOURCE,
  HOSPITAL_LEVELS,
  IDENTITY_CATEGORIES,
  SETTLEMENT_INPUT_FIELDS,
  SETTLEMENT_TIERS as TIERS,
  type SettlementTier as Tier,
  type SettlementTiers as Tiers,
  type SettlementTraceStep,
  settlementNoteText,
  settlementRuleText,
  VISIT_TYPES,
} from '@yibao/shared';
import { Empty, Form, Radio, Select, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { ValidationErrors } from '@refinedev/core';
import { useTranslation } from 'react-i18next';

import { YuanInput } from '../../../components/YuanInput';
import { RADIO_GROUP } from '../../../components/a11y';
import { formatFen } from '../../../components/money';
import { type FieldPath, placeServerErrors, toNamePath } from '../../../components/serverErrors';
import { describeParameterPath, formatValue, splitPath } from './policy-parameters';

export const RESOURCE = 'settlements';

/** The case fields of the calculator and the settlement form (amounts in fen). */
export interface CaseValues {
  regionCode: string;
  visitType: string;
  hospitalLevel: string;
  inCounty: boolean;
  totalCost: number;
  inPolicyCost: number;
  inCatalogueCost: number;
  identityCategories: string[];
}

/** Largest amount typed on a settlement (10 亿元, the calculator's bound). */
export const MAX_CASE_YUAN = 1_000_000_000;

/** The case fields the calculator and the settlement form share: visit, level, county, costs, identities. */
export function CaseFields() {
  const { t } = useTranslation();
  const amount = (name: string, extra?: string) => (
    <Form.Item label={t(`settlements.fields.${name}`)} name={name} extra={extra} rules={[{ required: true, message: t('settlements.rules.amount') }]}>
      <YuanInput max={MAX_CASE_YUAN} aria-label={t(`settlements.fields.${name}`)} data-testid={`case-${name}`} />
    </Form.Item>
  );
  return (
    <>
      <Form.Item label={t('settlements.fields.visitType')} name="visitType" rules={[{ required: true, message: t('settlements.rules.visitType') }]}>
        <Radio.Group {...RADIO_GROUP} optionType="button" options={VISIT_TYPES.map((v) => ({ value: v, label: t(`visitTypes.${v}`) }))} />
      </Form.Item>
      <Form.Item label={t('settlements.fields.hospitalLevel')} name="hospitalLevel" rules={[{ required: true, message: t('settlements.rules.hospitalLevel') }]}>
        <Radio.Group {...RADIO_GROUP} optionType="button" options={HOSPITAL_LEVELS.map((v) => ({ value: v, label: t(`hospitalLevels.${v}`) }))} />
      </Form.Item>
      <Form.Item label={t('settlements.fields.inCounty')} name="inCounty" valuePropName="checked" extra={t('settlements.hints.inCounty')}>
        <Switch checkedChildren={t('settlements.inCountyYes')} unCheckedChildren={t('settlements.inCountyNo')} />
      </Form.Item>
      <Space wrap size={16} align="start">
        {amount('totalCost')}
        {amount('inPolicyCost', t('settlements.hints.inPolicyCost'))}
        {amount('inCatalogueCost', t('settlements.hints.inCatalogueCost'))}
      </Space>
      <Form.Item label={t('settlements.fields.identityCategories')} name="identityCategories" extra={t('settlements.hints.identityCategories')}>
        <Select
          mode="multiple"
          allowClear
          style={{ maxWidth: 640 }}
          options={IDENTITY_CATEGORIES.map((c) => ({ value: c, label: t(`identityCategories.${c}`) }))}
          data-testid="case-identities"
        />
      </Form.Item>
    </>
  );
}

/** The fields `CaseFields` and the region select put on the form, as the server names them. */
const CASE_FORM_FIELDS: readonly string[] = ['regionCode', ...SETTLEMENT_INPUT_FIELDS];

/** The case as the server takes it: the switch left untouched is `false`, no identities an empty list. */
export function caseInput(v: CaseValues): CaseValues {
  return {
    regionCode: v.regionCode,
    visitType: v.visitType,
    hospitalLevel: v.hospitalLevel,
    inCounty: Boolean(v.inCounty),
    totalCost: v.totalCost,
    inPolicyCost: v.inPolicyCost,
    inCatalogueCost: v.inCatalogueCost,
    identityCategories: v.identityCategories ?? [],
  };
}

/**
 * A 400's field errors on a settlement form: `recorded.basic`, `identityCategories.2`, `yearToDate.basic`…
 * `ownFields` are the page's fields beside the case fields; an error on any other field is returned as text.
 */
export function placeCaseErrors(form: FormInstance, errors: ValidationErrors | undefined, ownFields: readonly string[]): string[] {
  return placeServerErrors(form, errors, (path): FieldPath | null => {
    const name = toNamePath(path);
    if (name[0] === 'identityCategories') return ['identityCategories'];
    const field = String(name[0]);
    return CASE_FORM_FIELDS.includes(field) || ownFields.includes(field) ? name : null;
  });
}

interface TierRow {
  tier: Tier;
  recorded?: number;
  computed: number;
}

/** The five tiers in 元: computed alone, or recorded beside computed with the differences highlighted. */
export function TierTable({ computed, recorded }: { computed: Tiers; recorded?: Tiers }) {
  const { t } = useTranslation();
  const rows: TierRow[] = TIERS.map((tier) => ({ tier, computed: computed[tier], recorded: recorded?.[tier] }));
  const total = (k: 'computed' | 'recorded') => rows.reduce((n, r) => n + (r[k] ?? 0), 0);
  const money = (v: number | undefined) => <span className="yb-mono">{formatFen(v)}</span>;
  return (
    <Table<TierRow>
      size="small"
      rowKey="tier"
      pagination={false}
      dataSource={rows}
      data-testid="tier-table"
      rowClassName={(r) => (recorded && r.recorded !== r.computed ? 'yb-diff-changed' : '')}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>{t('tiers.total')}</strong>
          </Table.Summary.Cell>
          {recorded && (
            <Table.Summary.Cell index={1} align="right">
              {money(total('recorded'))}
            </Table.Summary.Cell>
          )}
          <Table.Summary.Cell index={recorded ? 2 : 1} align="right">
            {money(total('computed'))}
          </Table.Summary.Cell>
          {recorded && <Table.Summary.Cell index={3} />}
        </Table.Summary.Row>
      )}
      columns={[
        { title: t('tiers.tier'), dataIndex: 'tier', render: (k: Tier) => t(`tiers.${k}`) },
        ...(recorded ? [{ title: t('tiers.recorded'), dataIndex: 'recorded', align: 'right' as const, render: money }] : []),
        { title: recorded ? t('tiers.computed') : t('tiers.amount'), dataIndex: 'computed', align: 'right' as const, render: money },
        ...(recorded
          ? [
              {
                title: t('tiers.difference'),
                key: 'diff',
                align: 'right' as const,
                render: (_: unknown, r: TierRow) =>
                  r.recorded === r.computed ? (
                    <span className="yb-muted">—</span>
                  ) : (
                    <Tag color="purple" style={{ color: '#391085' }} data-testid={`tier-diff-${r.tier}`}>
                      {formatFen((r.recorded ?? 0) - r.computed)}
                    </Tag>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** "Why this amount": each step of the calculation with its rule, the parameter and its source, and the figures. */
export function TraceSteps({ trace }: { trace: SettlementTraceStep[] | undefined }) {
  const { t, i18n } = useTranslation();
  // the note and rule from their codes in the UI language (a record from an older API has only the zh text)
  const locale = i18n.language === 'en-US' ? 'en' : 'zh';
  const note = (s: SettlementTraceStep) => (s.code ? settlementNoteText(s, locale) : s.note);
  const source = (text: string) => (text === AID_CATEGORY_SOURCE.zh.highest_once ? AID_CATEGORY_SOURCE[locale].highest_once : text);
  if (!trace?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settlements.trace.empty')} />;
  return (
    <Timeline
      data-testid="settlement-trace"
      items={trace.map((s, i) => ({
        key: `${s.step}-${i}`,
        color: s.step === 'out_of_pocket' ? 'red' : s.step.startsWith('guard') ? 'orange' : 'blue',
        children: (
          <div data-testid="trace-step">
            <Space size={8} wrap>
              <strong>{t(`settlementSteps.${s.step}`, { defaultValue: s.step })}</strong>
              <span className="yb-mono">
                {formatFen(s.amount)} {t('money.yuan')}
              </span>
            </Space>
            <Typography.Paragraph style={{ margin: '2px 0' }} data-testid="trace-note">
              {note(s)}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }} data-testid="trace-rule">
              {t('settlements.trace.rule')}：{settlementRuleText(s.step, locale)}
            </Typography.Paragraph>
            {s.parameter && (
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                {t('settlements.trace.parameter')}：{describeParameterPath(t, s.parameter.path)} ={' '}
                {s.parameter.path === 'medicalAid.byCategory' // the identity the aid was decided by: its label, not the code
                  ? t(`identityCategories.${String(s.parameter.value)}`, { defaultValue: String(s.parameter.value) })
                  : formatValue(t, splitPath(s.parameter.path), s.parameter.value)}
                ；{t('settlements.trace.source')}：{source(s.parameter.source)}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
