import { FINISHED_ITEM_STATES, type RectificationItemRecord } from '@yibao/shared';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordDialogButton } from '../../../components/RecordDialog';
import { RESOURCE } from './common';

interface SuperviseValues {
  letterNo: string;
  comment?: string;
}

/** 挂牌督办 (the province, permission `supervise`): an open item not yet supervised, with the letter's number. */
export function SuperviseButton({ record }: { record: RectificationItemRecord }) {
  const { t } = useTranslation();
  if (record.supervised || FINISHED_ITEM_STATES.includes(record.state)) return null;
  return (
    <RecordDialogButton<SuperviseValues>
      resource={RESOURCE}
      id={record.id}
      path="supervise"
      action="supervise"
      toBody={(v) => ({ letterNo: v.letterNo.trim(), comment: v.comment?.trim() || undefined })}
      doneMessage={t('rectification-items.supervise.done')}
      label={t('rectification-items.supervise.button')}
      title={t('rectification-items.supervise.title', { title: record.title })}
      okText={t('rectification-items.supervise.button')}
      danger
      testId="supervise"
    >
      <Form.Item
        label={t('rectification-items.supervise.letterNo')}
        name="letterNo"
        rules={[{ required: true, whitespace: true, message: t('rectification-items.supervise.letterNoRequired') }, { max: 64 }]}
      >
        <Input maxLength={64} data-testid="supervise-letter" autoFocus />
      </Form.Item>
      <Form.Item label={t('workflow.commentOptional')} name="comment" rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </RecordDialogButton>
  );
}
