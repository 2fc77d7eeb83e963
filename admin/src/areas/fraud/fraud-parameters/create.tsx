import type { FraudParametersRecord, RegionLevel } from '@yibao/shared';
import { ParameterSetCopyCreate } from '../../../components/parameter-sets/ParameterSetCopyCreate';
import { PREFIX, RESOURCE } from './common';

/** a province's own 裁量基准 */
const LEVELS: RegionLevel[] = ['province'];

/**
 * 新建欺诈骗保参数 for the user's province and a year: the API starts it as a copy of the latest earlier year, or of the
 * national defaults; the values are then edited (the page opens the editor).
 */
export default function FraudParametersCreate() {
  return <ParameterSetCopyCreate<FraudParametersRecord> resource={RESOURCE} prefix={PREFIX} levels={LEVELS} />;
}
