import type { RevealedIdNumber } from '@yibao/shared';
import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealButton } from '../../../components/RevealButton';
import { MaskedId, RESOURCE } from './common';

/**
 * The masked ID number, and 查看完整号码 for roles with `reveal`: a reason is asked for and audited
 * (`POST /api/beneficiaries/:id/reveal`); the full number stays on this page only until it is left.
 */
export function RevealId({ id, masked, name }: { id: number; masked: string; name: string }) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string>();
  if (full) {
    return (
      <Space size={6} wrap>
        <span className="yb-mono" data-testid="full-id">
          {full}
        </span>
        <Tag color="red" style={{ color: '#a8071a' }}>
          {t('reveal.audited')}
        </Tag>
        <Button size="small" type="link" onClick={() => setFull(undefined)}>
          {t('reveal.hide')}
        </Button>
      </Space>
    );
  }
  return (
    <Space size={6} wrap>
      <MaskedId value={masked} />
      <RevealButton<RevealedIdNumber>
        resource={RESOURCE}
        id={id}
        title={t('beneficiaries.reveal.title', { name })}
        warning={t('beneficiaries.reveal.warning')}
        label={t('beneficiaries.reveal.button')}
        placeholder={t('beneficiaries.reveal.reasonPlaceholder')}
        onRevealed={(r) => setFull(r.idNumber)}
      />
    </Space>
  );
}
