import {
  PARAMETER_PATH_WORDS,
  type ParameterValueKind,
  type PolicyParameters,
  describeParameterPath as describeSharedPath,
  parameterValueKind,
  splitParameterPath,
} from '@yibao/shared';
import { Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBp, formatFen } from '../../../components/money';
import { currentLocale } from '../../../providers/i18n';

type ParameterPathWord = (typeof PARAMETER_PATH_WORDS.values)[number];

export const RESOURCE = 'policy-parameters';

/** The groups of the document, in the order the show page and the editor lay them out. */
export const SECTIONS = ['basic', 'criticalIllness', 'medicalAid', 'guards', 'earlyWarning'] as const;
export type Section = (typeof SECTIONS)[number];

export type LeafKind = ParameterValueKind;

/** What a value of the document is, from its path (shared parameterValueKind: one rule for the editor and the diffs). */
export const leafKind = (path: readonly (string | number)[]): LeafKind => parameterValueKind(path);

export const splitPath = splitParameterPath;

/** A key of a parameter path in the UI's language (shared PARAMETER_PATH_WORDS, the one label source). */
export const pathWord = (key: ParameterPathWord): string => PARAMETER_PATH_WORDS[codeLocale()][key];

const codeLocale = () => (currentLocale() === 'en-US' ? 'en' : 'zh');

/** A value as people read it: 元 with two decimals, %, 是/否, code lists by their labels. */
export function formatValue(t: TFunction, path: readonly (string | number)[], value: unknown): string {
  if (value === undefined) return '—';
  const kind = leafKind(path);
  const list = (prefix: string) =>
    ([] as unknown[])
      .concat(value)
      .map((c) => t(`${prefix}.${String(c)}`, { defaultValue: String(c) }))
      .join('、');
  switch (kind) {
    case 'fen':
    case 'fenNullable':
      return value === null ? t('policy-parameters.noLimit') : typeof value === 'number' ? `${formatFen(value)} ${t('money.yuan')}` : String(value);
    case 'bp':
      return typeof value === 'number' ? formatBp(value) : String(value);
    case 'bool':
      return value ? t('policy-parameters.yes') : t('policy-parameters.no');
    case 'categories':
      return list('identityCategories');
    case 'visitTypes':
      return list('visitTypes');
    default:
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  }
}

/**
 * A path of the document in words, in the UI's language (shared describeParameterPath): `basic.ratioBp.
 * inpatient.primary.value` → "基本医保 · 支付比例 · 住院 · 一级". `t` is kept so callers re-render with the language.
 */
export function describeParameterPath(_t: TFunction, path: string): string {
  return describeSharedPath(path, codeLocale());
}

interface LeafRow {
  key: string;
  path: string;
  label: string;
  value: string;
  source: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every value of one group with its source, in document order: `{value, source}` leaves and the 大病 segments. */
export function leavesOf(t: TFunction, doc: PolicyParameters, section: Section): LeafRow[] {
  const rows: LeafRow[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    const key = path.join('.');
    if (path[path.length - 1] === 'segments' && Array.isArray(v)) {
      v.forEach((s: { upToFen: number | null; ratioBp: number; source: string }, i) => {
        const p = `${key}[${i}]`;
        rows.push({
          key: p,
          path: p,
          label: describeParameterPath(t, p),
          value: t('policy-parameters.segmentValue', { upTo: formatValue(t, ['upToFen'], s.upToFen), ratio: formatBp(s.ratioBp) }),
          source: s.source,
        });
      });
      return;
    }
    if (isObject(v) && 'value' in v && 'source' in v) {
      rows.push({ key, path: key, label: describeParameterPath(t, key), value: formatValue(t, path, v.value), source: String(v.source ?? '') });
      return;
    }
    if (isObject(v)) for (const [k, child] of Object.entries(v)) walk(child, [...path, k]);
  };
  walk(doc[section], [section]);
  return rows;
}

/** One group of the parameters read-only: each value as people read it, with the clause it comes from. */
export function SectionTable({ doc, section }: { doc: PolicyParameters; section: Section }) {
  const { t } = useTranslation();
  const rows = useMemo(() => leavesOf(t, doc, section), [t, doc, section]);
  return (
    <Table<LeafRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      data-testid={`parameters-${section}`}
      columns={[
        {
          title: t('policy-parameters.fields.parameter'),
          dataIndex: 'label',
          width: 300,
          render: (l: string) => <strong>{l.split(' · ').slice(1).join(' · ') || l}</strong>,
        },
        { title: t('policy-parameters.fields.value'), dataIndex: 'value', width: 260, render: (v: string) => <span className="yb-mono">{v}</span> },
        {
          title: t('policy-parameters.fields.source'),
          dataIndex: 'source',
          render: (s: string | null) => (s ? <Typography.Text>{s}</Typography.Text> : <Tag color="error">{t('policy-parameters.noSource')}</Tag>),
        },
      ]}
    />
  );
}
