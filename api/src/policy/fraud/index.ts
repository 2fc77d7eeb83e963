/** 欺诈骗保 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
export { FraudModule } from './fraud.module';

export const FRAUD_ENTITIES = [];
