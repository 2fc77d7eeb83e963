/** 欺诈骗保 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { FRAUD_CASE_ENTITIES } from './fraud-cases/fraud-case.entity';

export { FraudModule } from './fraud.module';

export const FRAUD_ENTITIES = [...FRAUD_CASE_ENTITIES];
