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

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`regionLevels.${level}`)}</Tag>;
}
