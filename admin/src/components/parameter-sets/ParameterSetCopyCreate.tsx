import { Create } from '@refinedev/antd';
import type { RegionLevel } from '@yibao/shared';
import { Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../BackIcon';
import { type ParameterSetRecord, ParameterSetKeyFields, ParameterSetProblems, useParameterSetCreate } from './ParameterSetPages';

type CreateValues = { regionCode: string; year: number };

/**
 * The create page of a kind whose new year starts as a copy (of the latest earlier year, else the kind's seed): only the
 * region and the year are asked, then the editor opens. Texts from `<prefix>.hints.create` and `<prefix>.problems`.
 */
export function ParameterSetCopyCreate<R extends ParameterSetRecord>({
  resource,
  prefix,
  levels,
}: {
  resource: string;
  prefix: string;
  levels: RegionLevel[];
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, me, taken, initialKey } = useParameterSetCreate<R, CreateValues>(
    resource,
    (_f, error) => setProblems(Object.values(error.errors ?? {}).flatMap((v) => ([] as unknown[]).concat(v).map(String))),
    'edit',
    levels,
  );
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={initialKey}
          onFinish={(v) => {
            setProblems([]);
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year } as never);
          }}
        >
          <ParameterSetKeyFields resource={resource} prefix={prefix} taken={taken} levels={levels} />
          <Typography.Paragraph type="secondary">{t(`${prefix}.hints.create`)}</Typography.Paragraph>
          <ParameterSetProblems prefix={prefix} problems={problems} />
        </Form>
      )}
    </Create>
  );
}
