/** 欺诈骗保 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { FraudClue } from './fraud-clues/fraud-clue.entity';

export { FraudModule } from './fraud.module';
export { FraudClue };

export const FRAUD_ENTITIES = [FraudClue];
