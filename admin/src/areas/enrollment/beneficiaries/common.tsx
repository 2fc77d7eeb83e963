import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'beneficiaries';

/** 在册 / 退出 */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return status === 'active' ? (
    <Tag color="green" style={{ color: '#237804' }}>
      {t('beneficiaryStatuses.active')}
    </Tag>
  ) : (
    <Tag>{t(`beneficiaryStatuses.${status}`, { defaultValue: status })}</Tag>
  );
}

/** A masked ID number (450202********123X) in the monospace face. */
export function MaskedId({ value }: { value: string }) {
  return (
    <span className="yb-mono" style={{ whiteSpace: 'nowrap' }}>
      {value}
    </span>
  );
}
