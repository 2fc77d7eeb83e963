import { Create } from '@refinedev/antd';
import type { BeneficiaryRecord } from '@yibao/shared';
import { Form } from 'antd';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { BeneficiaryFields, type BeneficiaryValues, IdNumberField } from './fields';
import { BackIcon } from '../../../components/BackIcon';

/** 新增帮扶对象: a person the county certifies outside the monthly roster. */
export default function BeneficiaryCreate() {
  const { formProps, saveButtonProps } = useVersionedForm<BeneficiaryRecord, BeneficiaryValues>({ redirect: 'show' });
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ status: 'active', identityCategories: [] }}
        onFinish={(v) => formProps.onFinish?.({ ...v, exitedOn: v.status === 'exited' ? v.exitedOn : undefined })}
      >
        <IdNumberField />
        <BeneficiaryFields />
      </Form>
    </Create>
  );
}
