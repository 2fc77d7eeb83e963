import { AGREEMENT_STATUSES, INSTITUTION_KINDS, INSTITUTION_LEVELS, INSTITUTION_OWNERSHIPS, type AgreementStatus } from '@yibao/shared';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'institutions';

/** The code lists' select options, labelled from shared (both languages). */
export function useInstitutionCodes() {
  const { t } = useTranslation();
  const of = (section: string, values: readonly string[]) => values.map((c) => ({ value: c, label: t(`${section}.${c}`) }));
  return {
    kinds: of('institutionKinds', INSTITUTION_KINDS),
    levels: of('institutionLevels', INSTITUTION_LEVELS),
    ownerships: of('institutionOwnerships', INSTITUTION_OWNERSHIPS),
    statuses: of('agreementStatuses', AGREEMENT_STATUSES),
  };
}

/** Tag colour and a text colour that keeps WCAG AA contrast on the tint. */
const STATUS_COLORS: Record<AgreementStatus, { color: string; text: string }> = {
  active: { color: 'green', text: '#237804' },
  suspended: { color: 'orange', text: '#ad4e00' },
  terminated: { color: 'red', text: '#a8071a' },
};

/** The agreement status, with a suspension's last day. */
export function AgreementStatusTag({ status, suspendedUntil }: { status: AgreementStatus; suspendedUntil?: string | null }) {
  const { t } = useTranslation();
  const c = STATUS_COLORS[status];
  return (
    <Space size={4} data-testid="agreement-status">
      <Tag color={c.color} style={{ color: c.text, marginInlineEnd: 0 }}>
        {t(`agreementStatuses.${status}`)}
      </Tag>
      {status === 'suspended' && suspendedUntil && <span className="yb-muted">{t('institutions.suspendedUntil', { date: suspendedUntil })}</span>}
    </Space>
  );
}
