import { RectificationCampaign } from './rectification-campaigns/rectification-campaign.entity';
import { RectificationItem } from './rectification-items/rectification-item.entity';

/** 过度保障治理 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
export { RectificationModule } from './rectification.module';
export { RectificationItem };
/** What the compliance view counts with: the list's own overdue and closed-in-time conditions. */
export {
  rectificationClosedInTimeSql,
  rectificationDueJudgedSql,
  rectificationOpenSql,
  rectificationOverdueSql,
} from './rectification-items/rectification-items.service';

export const RECTIFICATION_ENTITIES = [RectificationCampaign, RectificationItem];
