import type { AccountabilityMeasure } from '@yibao/shared';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'accountability-records';

/** Options of the code lists (the area's one source: also the inspection finding's 提出问责 uses them). */
export { useAccountabilityCodes as useCodeOptions } from '../components/accountability';

/** A record's measures as tags. */
export function MeasureTags({ measures }: { measures: readonly AccountabilityMeasure[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap data-testid="measures">
      {measures.map((m) => (
        <Tag key={m}>{t(`accountabilityMeasures.${m}`)}</Tag>
      ))}
    </Space>
  );
}
