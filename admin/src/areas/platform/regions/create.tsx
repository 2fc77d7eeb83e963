import { Create } from '@refinedev/antd';
import { REGION_CODE_PATTERN, type RegionRecord, parentRegionCodeOf, regionLevelOf } from '@yibao/shared';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { RegionName } from '../../../components/RegionName';
import { useVersionedForm } from '../../../hooks/useVersionedForm';

interface CreateRegionValues {
  code: string;
  name: string;
}

/** A new division: its level and parent follow from the code's shape (GB/T 2260), shown as you type. */
export default function RegionCreate() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, form } = useVersionedForm<RegionRecord, CreateRegionValues>({ redirect: 'show' });
  const code = Form.useWatch('code', form);
  const valid = typeof code === 'string' && REGION_CODE_PATTERN.test(code) && code !== '000000';
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item
          label={t('regions.fields.code')}
          name="code"
          extra={
            valid ? (
              <span>
                {t('regions.fields.level')}：<RegionLevelTag level={regionLevelOf(code)} /> {t('regions.fields.parent')}：
                <RegionName code={parentRegionCodeOf(code)} />
              </span>
            ) : (
              t('regions.hints.code')
            )
          }
          rules={[
            { required: true, message: t('regions.rules.code') },
            { pattern: REGION_CODE_PATTERN, message: t('regions.rules.codePattern') },
          ]}
        >
          <Input className="yb-mono" maxLength={9} placeholder="450202" />
        </Form.Item>
        <Form.Item label={t('regions.fields.name')} name="name" rules={[{ required: true, whitespace: true, message: t('regions.rules.name') }, { max: 64 }]}>
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Create>
  );
}
