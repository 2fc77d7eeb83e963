import {
  ACCOUNTABILITY_CONDUCTS,
  ACCOUNTABILITY_MEASURES,
  ACCOUNTABILITY_SOURCE_TYPES,
  ACCOUNTABILITY_SUBJECT_TYPES,
  type AccountabilityMeasure,
} from '@yibao/shared';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'accountability-records';

/** Options of the code lists (labels from shared, both languages). */
export function useCodeOptions() {
  const { t } = useTranslation();
  const options = (section: string, values: readonly string[]) => values.map((c) => ({ value: c, label: t(`${section}.${c}`) }));
  return {
    subjectTypes: options('accountabilitySubjectTypes', ACCOUNTABILITY_SUBJECT_TYPES),
    conducts: options('accountabilityConducts', ACCOUNTABILITY_CONDUCTS),
    sourceTypes: options('accountabilitySourceTypes', ACCOUNTABILITY_SOURCE_TYPES),
    measures: options('accountabilityMeasures', ACCOUNTABILITY_MEASURES),
  };
}

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
