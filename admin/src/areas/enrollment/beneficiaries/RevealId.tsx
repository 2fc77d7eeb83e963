import type { RevealedIdNumber } from '@yibao/shared';
import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealButton, RevealedValue } from '../../../components/RevealButton';
import { MaskedId, RESOURCE } from './common';

/**
 * The masked ID number, and 查看完整号码 for roles with `reveal`: a reason is asked for and audited
 * (`POST /api/beneficiaries/:id/reveal`); the full number stays on this page only until it is left.
 */
export function RevealId({ id, masked, name }: { id: number; masked: string; name: string }) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string>();
  if (full) return <RevealedValue value={full} onHide={() => setFull(undefined)} />;
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
