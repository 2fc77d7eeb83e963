import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'chronic-recognitions';

/** `GET /api/chronic-recognitions/:id` */
export interface RecognitionRecord {
  id: number;
  beneficiaryId: number | null;
  idNumber: string;
  name: string;
  regionCode: string;
  diseaseCode: string;
  diseaseName: string | null;
  hospitalCode: string;
  hospitalName: string;
  hospitalLevel: string;
  physicians: Array<{ name: string; title: string }>;
  recognizedOn: string;
  status: 'active' | 'revoked' | string;
  revokedOn: string | null;
  revokeReason: string | null;
  version: number;
  createdAt: string;
}

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
