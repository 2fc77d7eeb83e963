import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Form, type FormProps, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filter bar above every list: the fields a page passes in, then 查询 / 重置. It drives the
 * `searchFormProps` of Refine's `useTable`, so filters, sorting and page all live in the URL.
 */
export function FilterCard<T>({ formProps, children }: { formProps: FormProps<T>; children: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const bound = formProps.form ?? form;
  return (
    <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
      <Form<T> layout="inline" {...formProps} form={bound} role="search" aria-label={t('filters.title')}>
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
