import { RectificationCampaign } from './rectification-campaigns/rectification-campaign.entity';
import { RectificationItem } from './rectification-items/rectification-item.entity';

/** 过度保障治理 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
export { RectificationModule } from './rectification.module';

export const RECTIFICATION_ENTITIES = [RectificationCampaign, RectificationItem];
