import { AppstoreOutlined } from '@ant-design/icons';
import { useCan } from '@refinedev/core';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESOURCE } from './common';

const BOARD_RESOURCE = 'rectification-board';

/** 整改看板 from the ledger's header, for the roles the board serves; it opens on the ledger's campaign. */
export function BoardLink({ campaignId }: { campaignId?: string }) {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: BOARD_RESOURCE, action: 'list' });
  if (!can?.can) return null;
  return (
    <Link to={campaignId ? `/${RESOURCE}/board?campaignId=${encodeURIComponent(campaignId)}` : `/${RESOURCE}/board`} data-testid="open-board">
      <Button icon={<AppstoreOutlined />}>{t('rectification-board.open')}</Button>
    </Link>
  );
}
