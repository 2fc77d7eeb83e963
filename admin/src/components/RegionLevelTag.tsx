import type { RegionLevel } from '@yibao/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LEVEL_COLORS: Record<RegionLevel, string> = {
  national: 'red',
  province: 'volcano',
  city: 'blue',
  county: 'cyan',
  township: 'default',
};

/** antd's cyan and volcano tag text is too light on its tint for WCAG AA: a darker shade of each. */
const READABLE_TEXT: Partial<Record<RegionLevel, string>> = { province: '#ad2102', county: '#006d75' };

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} style={READABLE_TEXT[level] ? { color: READABLE_TEXT[level] } : undefined}>
      {t(`regionLevels.${level}`)}
    </Tag>
  );
}
