import type { SubsidyStandards } from '@yibao/shared';
import { Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/money';

export const RESOURCE = 'subsidy-standards';

export const PARAMETERS = ['personalContribution', 'dibaoFixed', 'stablePhaseOut', 'temporary', 'temporaryCap'] as const;
type Parameter = (typeof PARAMETERS)[number];

/**
 * A path of the standards document in words: `standards.stablePhaseOut.fen[1]` → "稳定脱贫人口定额资助（渐退） ·
 * 第 2 年"; `dibaoFixed.source` → "低保对象定额资助 · 依据文件".
 */
export function describeStandardsPath(t: TFunction, path: string): string {
  const m = /^(?:standards\.)?(\w+)(?:\.(fen|source))?(?:\[(\d+)\])?$/.exec(path);
  if (!m || !(PARAMETERS as readonly string[]).includes(m[1])) return '';
  const label = t(`subsidy-standards.parameters.${m[1]}`);
  if (m[3] !== undefined) return `${label} · ${t('subsidy-standards.phaseYear', { n: Number(m[3]) + 1 })}`;
  if (m[2] === 'source') return `${label} · ${t('subsidy-standards.fields.source')}`;
  if (m[2] === 'fen') return `${label} · ${t('subsidy-standards.fields.amount')}`;
  return label;
}

interface Row {
  key: string;
  parameter: Parameter;
  amount: string;
  source: string | null;
}

/** The standards read-only: each value in 元 with the document that sets it. */
export function StandardsTable({ standards }: { standards: SubsidyStandards }) {
  const { t } = useTranslation();
  const none = <span className="yb-muted">{t('subsidy-standards.notSet')}</span>;
  const rows: Row[] = [
    {
      key: 'personalContribution',
      parameter: 'personalContribution',
      amount: formatFen(standards.personalContribution.fen),
      source: standards.personalContribution.source,
    },
    { key: 'dibaoFixed', parameter: 'dibaoFixed', amount: formatFen(standards.dibaoFixed.fen), source: standards.dibaoFixed.source },
    {
      key: 'stablePhaseOut',
      parameter: 'stablePhaseOut',
      amount: standards.stablePhaseOut.fen.map((f, i) => t('subsidy-standards.phaseAmount', { n: i + 1, amount: formatFen(f) })).join('；'),
      source: standards.stablePhaseOut.source,
    },
    {
      key: 'temporary',
      parameter: 'temporary',
      amount: standards.temporary ? formatFen(standards.temporary.fen) : '',
      source: standards.temporary?.source ?? null,
    },
    {
      key: 'temporaryCap',
      parameter: 'temporaryCap',
      amount: standards.temporaryCap ? formatFen(standards.temporaryCap.fen) : '',
      source: standards.temporaryCap?.source ?? null,
    },
  ];
  return (
    <Table<Row>
      data-testid="standards-table"
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t('subsidy-standards.fields.parameter'),
          dataIndex: 'parameter',
          width: 260,
          render: (p: Parameter) => <strong>{t(`subsidy-standards.parameters.${p}`)}</strong>,
        },
        {
          title: t('subsidy-standards.fields.amountYuan'),
          dataIndex: 'amount',
          width: 300,
          render: (a: string) => (a ? <span className="yb-mono">{a}</span> : none),
        },
        { title: t('subsidy-standards.fields.source'), dataIndex: 'source', render: (s: string | null) => (s ? <Typography.Text>{s}</Typography.Text> : none) },
      ]}
    />
  );
}
