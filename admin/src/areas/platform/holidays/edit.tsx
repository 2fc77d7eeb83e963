import { Edit } from '@refinedev/antd';
import type { HolidayEntry, HolidayRecord } from '@yibao/shared';
import { Form, Input } from 'antd';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { HolidayFields } from './form';

export default function HolidayEdit() {
  const { formProps, saveButtonProps } = useVersionedForm<HolidayRecord, HolidayEntry & { version: number }>({ redirect: 'list' });
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <HolidayFields />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
