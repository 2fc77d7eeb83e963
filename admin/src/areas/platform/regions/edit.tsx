import { Edit } from '@refinedev/antd';
import type { RegionRecord } from '@yibao/shared';
import { Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { useVersionedForm } from '../../../hooks/useVersionedForm';

interface EditRegionValues {
  name: string;
  version: number;
}

export default function RegionEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<RegionRecord, EditRegionValues>({ redirect: 'show' });
  const region = query?.data?.data;
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('regions.fields.code')}>
          <span className="yb-mono">{region?.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('regions.fields.level')}>{region && <RegionLevelTag level={region.level} />}</Descriptions.Item>
      </Descriptions>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('regions.fields.name')} name="name" rules={[{ required: true, whitespace: true, message: t('regions.rules.name') }, { max: 64 }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
