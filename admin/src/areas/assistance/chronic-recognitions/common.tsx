import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'chronic-recognitions';

export function RecognitionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return status === 'active' ? (
    <Tag color="success" style={{ color: '#237804' }} data-testid="recognition-status">
      {t('recognitionStatuses.active')}
    </Tag>
  ) : (
    <Tag data-testid="recognition-status">{t(`recognitionStatuses.${status}`, { defaultValue: status })}</Tag>
  );
}
