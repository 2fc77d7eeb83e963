import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PHONE_PATTERN, type ResponsibilityRow } from '@yibao/shared';
import { Button, Form, Input, Table, Tag, Typography } from 'antd';
import type { FormListFieldData } from 'antd/es/form/FormList';
import { useTranslation } from 'react-i18next';
import { MAX_ROWS, STANDARD_ROWS } from '../components/responsibility-tables';

const BLANK: ResponsibilityRow = { role: '', name: '', unit: '', title: '', phone: '' };

/** A standard role is not edited: shown as text, still part of the submitted row. */
function RoleText({ value }: { value?: string }) {
  return <span>{value}</span>;
}

/**
 * The table's rows as an editable grid: the 14 standard roles first, in order, their 责任分工 read-only;
 * a unit adds its own rows below and may remove those. Phone numbers are checked as the API checks them
 * (mobile or landline, may stay empty until submitting); the API's field errors (`rows.3.phone`) land in
 * the cell they belong to.
 */
export function RowsEditor() {
  const { t } = useTranslation();
  const cellLabel = (index: number, field: keyof ResponsibilityRow) =>
    t('responsibility-tables.cellLabel', { row: index + 1, field: t(`responsibility-tables.fields.${field}`) });
  const cell = (field: FormListFieldData, key: Exclude<keyof ResponsibilityRow, 'role'>, maxLength: number, extraRules: object[] = []) => (
    <Form.Item name={[field.name, key]} style={{ margin: 0 }} rules={[{ max: maxLength }, ...extraRules]}>
      <Input maxLength={maxLength} aria-label={cellLabel(field.name, key)} className={key === 'phone' ? 'yb-mono' : undefined} />
    </Form.Item>
  );
  return (
    <Form.List name="rows">
      {(fields, { add, remove }) => (
        <>
          <Table<FormListFieldData>
            data-testid="rows-editor"
            dataSource={fields}
            rowKey="key"
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 1000 }}
            columns={[
              { title: '#', key: 'index', width: 48, render: (_, f) => f.name + 1 },
              {
                title: t('responsibility-tables.fields.role'),
                key: 'role',
                width: 240,
                render: (_, f) =>
                  f.name < STANDARD_ROWS ? (
                    <Form.Item name={[f.name, 'role']} style={{ margin: 0 }}>
                      <RoleText />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name={[f.name, 'role']}
                      style={{ margin: 0 }}
                      rules={[{ required: true, whitespace: true, message: t('responsibility-tables.rules.role') }, { max: 64 }]}
                    >
                      <Input maxLength={64} aria-label={cellLabel(f.name, 'role')} placeholder={t('responsibility-tables.placeholders.role')} />
                    </Form.Item>
                  ),
              },
              { title: t('responsibility-tables.fields.name'), key: 'name', width: 120, render: (_, f) => cell(f, 'name', 32) },
              { title: t('responsibility-tables.fields.unit'), key: 'unit', render: (_, f) => cell(f, 'unit', 64) },
              { title: t('responsibility-tables.fields.title'), key: 'title', width: 140, render: (_, f) => cell(f, 'title', 32) },
              {
                title: t('responsibility-tables.fields.phone'),
                key: 'phone',
                width: 170,
                render: (_, f) => cell(f, 'phone', 24, [{ pattern: PHONE_PATTERN, message: t('responsibility-tables.rules.phone') }]),
              },
              {
                title: t('table.actions'),
                key: 'remove',
                width: 70,
                render: (_, f) =>
                  f.name >= STANDARD_ROWS ? (
                    <Button
                      type="link"
                      danger
                      size="small"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('responsibility-tables.removeRow', { row: f.name + 1 })}
                    />
                  ) : (
                    <Tag bordered={false}>{t('responsibility-tables.standardRow')}</Tag>
                  ),
              },
            ]}
          />
          <div style={{ marginTop: 12, display: 'flex', gap: 12, alignItems: 'center' }}>
            <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_ROWS} onClick={() => add({ ...BLANK })} data-testid="add-row">
              {t('responsibility-tables.addRow')}
            </Button>
            <Typography.Text type="secondary">{t('responsibility-tables.hints.rows', { rows: STANDARD_ROWS })}</Typography.Text>
          </div>
        </>
      )}
    </Form.List>
  );
}
