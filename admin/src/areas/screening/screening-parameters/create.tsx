import type { RegionLevel, ScreeningParametersRecord } from '@yibao/shared';
import { ParameterSetCopyCreate } from '../../../components/parameter-sets/ParameterSetCopyCreate';
import { PREFIX, RESOURCE } from './common';

/** the pooling region's (the city's) own */
const LEVELS: RegionLevel[] = ['city'];

/**
 * 新建规则参数 for the user's pooling region and a year: the API starts it as a copy of the latest earlier year, or of the
 * catalogue's defaults; the values are then edited (the page opens the editor).
 */
export default function ScreeningParametersCreate() {
  return <ParameterSetCopyCreate<ScreeningParametersRecord> resource={RESOURCE} prefix={PREFIX} levels={LEVELS} />;
}
