import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { HOSPITAL_LEVELS, IDENTITY_CATEGORIES, MAX_AMOUNT_FEN, type PolicyParameters, VISIT_TYPES, validatePolicyParameters } from '@yibao/shared';
import { Button, Card, Col, Form, type FormInstance, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NullableYuanInput, YuanInput, nullableAmountRule } from '../../../components/YuanInput';
import { type FieldPath, placeServerErrors, toNamePath } from '../../../components/serverErrors';
import type { ValidationErrors } from '@refinedev/core';
import { localizeServerText } from '../../../providers/i18n';
import { type Section, describeParameterPath, leafKind, pathWord } from '../components/policy-parameters';

const MAX_SOURCE = 500;
const MAX_YUAN = MAX_AMOUNT_FEN / 100;

/** A ratio held in basis points, typed as a percentage with two decimals (62.5% → 6250). */
export function PercentInput({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: number | null;
  onChange?: (bp: number | null) => void;
  id?: string;
  'aria-label'?: string;
}) {
  return (
    <InputNumber<number>
      id={id}
      aria-label={rest['aria-label']}
      value={value === null || value === undefined ? undefined : value / 100}
      onChange={(v) => onChange?.(v === null || v === undefined ? null : Math.round(v * 100))}
      min={0}
      max={100}
      precision={2}
      addonAfter="%"
      style={{ width: 150 }}
    />
  );
}

/** An amount in 元 that may also be "no limit" (null) — only by ticking 不设限额 (the shared NullableYuanInput). */
function NullableYuan(props: { value?: number | null; onChange?: (fen: number | null | undefined) => void; id?: string; 'aria-label'?: string }) {
  const { t } = useTranslation();
  return <NullableYuanInput {...props} max={MAX_YUAN} noneLabel={t('policy-parameters.noLimit')} />;
}

function CodesSelect({
  kind,
  ...props
}: {
  kind: 'categories' | 'visitTypes';
  value?: string[];
  onChange?: (v: string[]) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const codes = kind === 'categories' ? IDENTITY_CATEGORIES : VISIT_TYPES;
  const prefix = kind === 'categories' ? 'identityCategories' : 'visitTypes';
  return (
    <Select
      mode="multiple"
      allowClear
      style={{ minWidth: 320, maxWidth: 640 }}
      options={codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }))}
      {...props}
    />
  );
}

/** The value control for a leaf, by what the path says it is. */
function valueControl(path: FieldPath, label: string): ReactNode {
  const kind = leafKind(path);
  switch (kind) {
    case 'bp':
      return <PercentInput aria-label={label} />;
    case 'bool':
      return <Switch aria-label={label} />;
    case 'categories':
    case 'visitTypes':
      return <CodesSelect kind={kind} aria-label={label} />;
    case 'fenNullable':
      return <NullableYuan aria-label={label} />;
    default:
      return <YuanInput aria-label={label} max={MAX_YUAN} />;
  }
}

/** One `{value, source}` of the document: its value control and its source citation, side by side. */
function LeafField({ path, label }: { path: FieldPath; label?: string }) {
  const { t } = useTranslation();
  const name = ['parameters', ...path];
  const words = label ?? describeParameterPath(t, path.join('.'));
  const kind = leafKind(path);
  return (
    <Row gutter={16} align="top" data-testid={`leaf-${path.join('.')}`}>
      <Col xs={24} md={10}>
        <Form.Item
          label={words}
          name={[...name, 'value']}
          valuePropName={kind === 'bool' ? 'checked' : 'value'}
          rules={
            kind === 'fenNullable'
              ? [nullableAmountRule(t('policy-parameters.rules.value'))]
              : kind === 'bool' || kind === 'categories' || kind === 'visitTypes'
                ? []
                : [{ required: true, message: t('policy-parameters.rules.value') }]
          }
        >
          {valueControl(path, words)}
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          label={t('policy-parameters.fields.source')}
          name={[...name, 'source']}
          rules={[
            { required: true, whitespace: true, message: t('policy-parameters.rules.source') },
            { max: MAX_SOURCE, message: t('policy-parameters.rules.sourceMax', { max: MAX_SOURCE }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={MAX_SOURCE} aria-label={`${words} ${t('policy-parameters.fields.source')}`} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 大病保险分段: ascending bounds, the last open (null); each with its ratio and source. */
function SegmentsField() {
  const { t } = useTranslation();
  return (
    <Form.List name={['parameters', 'criticalIllness', 'segments']}>
      {(fields, { add, remove }) => (
        <Card size="small" type="inner" title={pathWord('segments')} style={{ marginBottom: 16 }} data-testid="segments">
          <Typography.Paragraph type="secondary">{t('policy-parameters.hints.segments')}</Typography.Paragraph>
          {fields.map((f, i) => {
            const label = t('policy-parameters.segmentN', { n: i + 1 });
            const last = i === fields.length - 1;
            return (
              <Row key={f.key} gutter={16} align="top">
                <Col xs={24} md={6}>
                  <Form.Item
                    label={`${label} · ${pathWord('upToFen')}`}
                    name={[f.name, 'upToFen']}
                    extra={last ? t('policy-parameters.hints.lastSegment') : undefined}
                    rules={[last ? nullableAmountRule(t('policy-parameters.rules.value')) : { required: true, message: t('policy-parameters.rules.value') }]}
                  >
                    {last ? (
                      <NullableYuan aria-label={`${label} ${pathWord('upToFen')}`} />
                    ) : (
                      <YuanInput max={MAX_YUAN} aria-label={`${label} ${pathWord('upToFen')}`} />
                    )}
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item label={pathWord('ratioBp')} name={[f.name, 'ratioBp']} rules={[{ required: true, message: t('policy-parameters.rules.value') }]}>
                    <PercentInput aria-label={`${label} ${pathWord('ratioBp')}`} />
                  </Form.Item>
                </Col>
                <Col xs={22} md={12}>
                  <Form.Item
                    label={t('policy-parameters.fields.source')}
                    name={[f.name, 'source']}
                    rules={[{ required: true, whitespace: true, message: t('policy-parameters.rules.source') }]}
                  >
                    <Input.TextArea rows={2} maxLength={MAX_SOURCE} aria-label={`${label} ${t('policy-parameters.fields.source')}`} />
                  </Form.Item>
                </Col>
                <Col xs={2} md={1}>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('policy-parameters.removeSegment', { n: i + 1 })}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Col>
              </Row>
            );
          })}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ upToFen: null, ratioBp: 6000, source: '' }, Math.max(0, fields.length - 1))}
          >
            {t('policy-parameters.addSegment')}
          </Button>
        </Card>
      )}
    </Form.List>
  );
}

const blankLeaf = (value: unknown) => ({ value, source: '' });

/**
 * Entries keyed by a code (救助 by identity category, 自付比例上限 by visit type): each present key's leaves,
 * a remove button, and an "add" select for the codes not yet present.
 */
function KeyedLeaves({
  base,
  codes,
  labelPrefix,
  leaves,
  blank,
}: {
  base: string[];
  codes: readonly string[];
  labelPrefix: string;
  leaves: string[];
  blank: () => unknown;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const entries = (Form.useWatch(['parameters', ...base], { form, preserve: true }) ?? {}) as Record<string, unknown>;
  const present = codes.filter((c) => entries[c] !== undefined);
  const missing = codes.filter((c) => entries[c] === undefined);
  const set = (next: Record<string, unknown>) => form.setFieldValue(['parameters', ...base], next);
  return (
    <>
      {present.map((code) => (
        <Card
          key={code}
          size="small"
          type="inner"
          title={t(`${labelPrefix}.${code}`)}
          style={{ marginBottom: 12 }}
          extra={
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              onClick={() => set(Object.fromEntries(Object.entries(entries).filter(([k]) => k !== code)))}
            >
              {t('policy-parameters.removeEntry')}
            </Button>
          }
        >
          {leaves.length ? leaves.map((leaf) => <LeafField key={leaf} path={[...base, code, leaf]} />) : <LeafField path={[...base, code]} />}
        </Card>
      ))}
      {missing.length > 0 && (
        <Select
          style={{ width: 280, marginBottom: 16 }}
          placeholder={t('policy-parameters.addEntry')}
          aria-label={t('policy-parameters.addEntry')}
          value={null}
          options={missing.map((c) => ({ value: c, label: t(`${labelPrefix}.${c}`) }))}
          onChange={(c: string) => set({ ...entries, [c]: blank() })}
        />
      )}
    </>
  );
}

function SectionCard({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t(`policy-parameters.sections.${section}`)} style={{ marginBottom: 16 }} data-testid={`section-${section}`}>
      {children}
    </Card>
  );
}

/** The whole document, group by group: every value with its source citation. */
export function ParametersFields() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col>
          <Form.Item
            label={pathWord('effectiveFrom')}
            name={['parameters', 'effectiveFrom']}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('policy-parameters.rules.date') }]}
          >
            <Input style={{ width: 160 }} placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col>
          <Form.Item
            label={pathWord('effectiveTo')}
            name={['parameters', 'effectiveTo']}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('policy-parameters.rules.date') }]}
          >
            <Input style={{ width: 160 }} placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
      <SectionCard section="basic">
        {(['deductible', 'ratioBp'] as const).map((table) =>
          VISIT_TYPES.map((vt) => HOSPITAL_LEVELS.map((lv) => <LeafField key={`${table}.${vt}.${lv}`} path={['basic', table, vt, lv]} />)),
        )}
        <LeafField path={['basic', 'outOfCountyRatioReductionBp']} />
        <LeafField path={['basic', 'annualCap']} />
      </SectionCard>
      <SectionCard section="criticalIllness">
        <LeafField path={['criticalIllness', 'deductible']} />
        <LeafField path={['criticalIllness', 'minRatioBp']} />
        <SegmentsField />
        <LeafField path={['criticalIllness', 'annualCap']} />
        <LeafField path={['criticalIllness', 'tilt', 'categories']} />
        <LeafField path={['criticalIllness', 'tilt', 'deductibleReductionBp']} />
        <LeafField path={['criticalIllness', 'tilt', 'ratioBonusBp']} />
        <LeafField path={['criticalIllness', 'tilt', 'removeCap']} />
      </SectionCard>
      <SectionCard section="medicalAid">
        <Typography.Paragraph type="secondary">{t('policy-parameters.hints.medicalAid')}</Typography.Paragraph>
        <KeyedLeaves
          base={['medicalAid', 'byCategory']}
          codes={IDENTITY_CATEGORIES}
          labelPrefix="identityCategories"
          leaves={['ratioBp', 'annualLimit', 'deductible']}
          blank={() => ({ ratioBp: blankLeaf(6000), annualLimit: blankLeaf(0), deductible: blankLeaf(0) })}
        />
      </SectionCard>
      <SectionCard section="guards">
        <LeafField path={['guards', 'oopCap', 'categories']} />
        <KeyedLeaves base={['guards', 'oopCap', 'maxShareBp']} codes={VISIT_TYPES} labelPrefix="visitTypes" leaves={[]} blank={() => blankLeaf(1000)} />
        <LeafField path={['guards', 'oopCap', 'inCountyOnly']} />
        <LeafField path={['guards', 'oopCap', 'topUp']} />
        <LeafField path={['guards', 'inCatalogue', 'categories']} />
        <LeafField path={['guards', 'inCatalogue', 'visitTypes']} />
        <LeafField path={['guards', 'inCatalogue', 'minShareBp']} />
        <LeafField path={['guards', 'reimbursementCeiling', 'categories']} />
        <LeafField path={['guards', 'reimbursementCeiling', 'visitTypes']} />
        <LeafField path={['guards', 'reimbursementCeiling', 'maxBp']} />
      </SectionCard>
      <SectionCard section="earlyWarning">
        <LeafField path={['earlyWarning', 'thresholdFen']} />
        <LeafField path={['earlyWarning', 'categories']} />
      </SectionCard>
    </>
  );
}

/** Which form field shows a problem at `path` (relative to the document, or under `parameters.`). */
export function parameterFieldName(path: string): FieldPath | null {
  const name = toNamePath(path.startsWith('parameters') ? path : `parameters.${path}`);
  // a code list's item (`categories.value.2`) is shown on the list itself
  while (typeof name[name.length - 1] === 'number' && name[name.length - 2] === 'value') name.pop();
  const last = name[name.length - 1];
  const inSegment = name.includes('segments') && typeof name[name.length - 2] === 'number';
  if (last === 'value' || last === 'effectiveFrom' || last === 'effectiveTo') return name;
  // a segment's own fields (`segments.N.ratioBp`), or any leaf's source
  if (last === 'source' || (inSegment && (last === 'upToFen' || last === 'ratioBp'))) return name;
  return null;
}

/** The API's 400 field errors under their fields; the rest returned for the alert above the form. */
export function placeParameterErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  return placeServerErrors(form, errors, parameterFieldName);
}

/** The form's document (every value in the store, registered or not) with the record's region and year. */
export function documentOf(form: FormInstance, base: Pick<PolicyParameters, 'regionCode' | 'year'>): PolicyParameters {
  const all = form.getFieldsValue(true) as { parameters: PolicyParameters };
  const trimSources = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(trimSources);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'source' && typeof x === 'string' ? x.trim() : trimSources(x)]));
    return v;
  };
  return { ...(trimSources(all.parameters) as PolicyParameters), regionCode: base.regionCode, year: base.year };
}

/** The shared rules (validatePolicyParameters, as the API runs them) before sending; problems land under their fields. */
export function checkBeforeSave(form: FormInstance, doc: PolicyParameters, t: TFunction): string[] {
  const problems = validatePolicyParameters(doc);
  if (!problems.length) return [];
  const errors = Object.fromEntries(problems.map((p) => [`parameters.${p.field}`, [localizeServerText(p.message)]]));
  const others = placeParameterErrors(form, errors as ValidationErrors);
  return others.length ? others : [t('policy-parameters.problemsBelow', { count: problems.length })];
}
