import { useCan, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, FINDING_SEVERITIES, INSPECTION_AREAS, INSPECTION_KINDS, type InspectionRecord, PROBLEM_TYPES } from '@yibao/shared';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeOptionsOf } from '../components/codes';

export const RESOURCE = 'inspections';
export const FINDINGS = 'inspection-findings';

/** The states in which the inspecting unit records findings, and those in which it corrects and disposes of them (the API's rule). */
export const RECORDING_STATES = ['in_progress', 'reported'];
export const DISPOSING_STATES = ['in_progress', 'reported', 'feedback_sent', 'responded'];
/** The plan may be changed while it is planned or under way. */
export const PLAN_EDITABLE_STATES = ['planned', 'in_progress'];

/** Options of the code lists (labels from shared, both languages). */
export function useInspectionCodes() {
  const options = useCodeOptionsOf();
  return {
    kinds: options('inspectionKinds', INSPECTION_KINDS),
    areas: options('inspectionAreas', INSPECTION_AREAS),
    severities: options('findingSeverities', FINDING_SEVERITIES),
    problemTypes: options('problemTypes', PROBLEM_TYPES),
  };
}

/** Whether the user is the inspection's inspecting unit (it plans, records and disposes; the API decides in the end). */
export function useInspectingUnit(record: InspectionRecord | undefined): boolean {
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: can } = useCan({ resource: RESOURCE, action: 'edit' });
  return Boolean(record && can?.can && me?.regionCode === record.inspectingRegionCode);
}

/** An inspection's areas as tags. */
export function AreaTags({ areas }: { areas: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {areas.map((a) => (
        <Tag key={a}>{t(`inspectionAreas.${a}`)}</Tag>
      ))}
    </Space>
  );
}
