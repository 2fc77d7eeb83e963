import { Empty, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    return before === null && after === null ? [] : [{ field: '—', before, after, changed: !same(before, after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
}

function Value({ value, label }: { value: unknown; label?: string }) {
  if (label) return <span>{label}</span>;
  if (value === undefined) return <span className="yb-muted">—</span>;
  if (value === null) return <span className="yb-muted">null</span>;
  if (value === '') return <span className="yb-muted">""</span>;
  if (typeof value === 'object')
    return (
      <pre className="yb-mono" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  return <span className="yb-mono">{String(value)}</span>;
}

/**
 * Before/after of an audited change, field by field; changed fields are highlighted. `changesOnly`: every
 * field given is a change (a workflow diff), so there is nothing to filter.
 */
export function JsonDiff({
  before,
  after,
  fieldLabel,
  valueLabel,
  changesOnly = false,
}: {
  before: unknown;
  after: unknown;
  fieldLabel?: (field: string) => string;
  /** a code value by its label (undefined: shown as it is) */
  valueLabel?: (field: string, value: unknown) => string | undefined;
  changesOnly?: boolean;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => diffRows(before, after), [before, after]);
  const both = !changesOnly && before !== null && before !== undefined && after !== null && after !== undefined;
  const [onlyChanged, setOnlyChanged] = useState(both);
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;
  if (!rows.length) return <Empty description={t('audit-logs.diff.none')} />;
  return (
    <>
      {both && (
        <Typography.Paragraph>
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} id="only-changed" />{' '}
          <label htmlFor="only-changed">{t('audit-logs.diff.onlyChanged', { count: rows.filter((r) => r.changed).length })}</label>
        </Typography.Paragraph>
      )}
      <Table<DiffRow>
        data-testid="audit-diff"
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={shown}
        rowClassName={(r) => (r.changed && both ? 'yb-diff-changed' : '')}
        columns={[
          {
            title: t('audit-logs.diff.field'),
            dataIndex: 'field',
            width: 260,
            render: (f: string) => {
              const label = fieldLabel?.(f);
              // a labelled field shows its words only: the raw path is an internal code
              return label ? <strong>{label}</strong> : <strong className="yb-mono">{f}</strong>;
            },
          },
          { title: t('audit-logs.diff.before'), dataIndex: 'before', render: (v: unknown, r) => <Value value={v} label={valueLabel?.(r.field, v)} /> },
          { title: t('audit-logs.diff.after'), dataIndex: 'after', render: (v: unknown, r) => <Value value={v} label={valueLabel?.(r.field, v)} /> },
        ]}
      />
    </>
  );
}
