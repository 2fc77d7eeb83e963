import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, type FormProps, Input, InputNumber, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FilterField, filterInput } from '../hooks/useListPage';
import { RegionTreeSelect } from './RegionTreeSelect';

/** A select longer than this can be searched by typing. */
const SEARCHABLE_FROM = 9;

/** `enrollmentYear` → `filter-enrollment-year`: every filter control has a test id from its field. */
const testIdOf = (name: string) => `filter-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** One described filter: its label and the control its kind (or `input`) calls for. */
function FilterItem({ name, field }: { name: string; field: FilterField }) {
  const { t } = useTranslation();
  const width = field.width ? { width: field.width } : undefined;
  const placeholder = t(field.placeholder ?? 'filters.all');
  const testId = testIdOf(name);
  let control: ReactNode;
  switch (filterInput(field)) {
    case 'text':
      control = <Input allowClear placeholder={field.placeholder && placeholder} style={width} data-testid={testId} />;
      break;
    case 'select': {
      const searchable = (field.options?.length ?? 0) >= SEARCHABLE_FROM;
      control = (
        <Select
          allowClear
          showSearch={searchable}
          optionFilterProp={searchable ? 'label' : undefined}
          placeholder={placeholder}
          style={width}
          // at least as wide as the box, wider when a label needs it
          popupMatchSelectWidth={false}
          options={field.options}
          data-testid={testId}
        />
      );
      break;
    }
    case 'year':
      control = <InputNumber min={2019} max={2100} precision={0} placeholder={placeholder} style={width} data-testid={testId} />;
      break;
    case 'region':
      // its own test id (region-tree-select), as everywhere
      control = <RegionTreeSelect placeholder={placeholder} style={width} />;
      break;
    case 'month':
      control = <DatePicker picker="month" placeholder={placeholder} style={width} data-testid={testId} />;
      break;
    case 'dateRange':
      control = <DatePicker.RangePicker allowEmpty={[true, true]} style={width} data-testid={testId} />;
      break;
    case 'dateTimeRange':
      control = (
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} style={width} data-testid={testId} />
      );
      break;
  }
  return (
    <Form.Item label={t(field.label)} name={name}>
      {control}
    </Form.Item>
  );
}

/**
 * The filter bar above every list: the fields the list's filter spec describes (`useListPage`'s `filterCard`),
 * any a page draws itself (children), then 查询 / 重置. It drives the `searchFormProps` of Refine's
 * `useTable`, so filters, sorting and page all live in the URL.
 */
export function FilterCard<T>({ formProps, fields = [], children }: { formProps: FormProps<T>; fields?: [string, FilterField][]; children?: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const bound = formProps.form ?? form;
  return (
    <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
      <Form<T> layout="inline" {...formProps} form={bound} role="search" aria-label={t('filters.title')}>
        {fields.map(([name, field]) => (
          <FilterItem key={name} name={name} field={field} />
        ))}
        {children}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
              {t('buttons.search')}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              data-testid="filter-reset"
              onClick={() => {
                // Clear rather than resetFields(): the initial values are the filters read from the URL.
                const cleared = Object.fromEntries(Object.keys(bound.getFieldsValue() as object).map((k) => [k, undefined]));
                bound.setFieldsValue(cleared as never);
                bound.submit();
              }}
            >
              {t('buttons.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
