import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudClues1796548226939 implements MigrationInterface {
  name = 'FraudClues1796548226939';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`fraud_clues\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`source\` varchar(16) NOT NULL, \`receivedOn\` varchar(10) NOT NULL, \`summary\` varchar(1000) NOT NULL, \`subjectType\` varchar(16) NOT NULL, \`institutionCode\` varchar(12) NULL, \`idNumber\` varchar(18) NULL, \`estimatedAmount\` bigint NULL, \`reporterName\` varchar(64) NULL, \`reporterPhone\` varchar(20) NULL, \`verifyDueOn\` varchar(10) NOT NULL, \`verifyDueApproximate\` tinyint NOT NULL DEFAULT 0, \`extended\` tinyint NOT NULL DEFAULT 0, \`reporterNoticeDueOn\` varchar(10) NULL, \`reporterNotifiedOn\` varchar(10) NULL, \`decidedOn\` varchar(10) NULL, \`outcomeComment\` varchar(1000) NULL, \`caseId\` int NULL, \`state\` varchar(16) NOT NULL, \`createdById\` int NOT NULL, INDEX \`idx_fraud_clues_region\` (\`regionCode\`), INDEX \`idx_fraud_clues_received\` (\`receivedOn\`), INDEX \`idx_fraud_clues_notice\` (\`reporterNoticeDueOn\`, \`reporterNotifiedOn\`), INDEX \`idx_fraud_clues_state_due\` (\`state\`, \`verifyDueOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_fraud_clues_state_due\` ON \`fraud_clues\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_clues_notice\` ON \`fraud_clues\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_clues_received\` ON \`fraud_clues\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_clues_region\` ON \`fraud_clues\``);
    await queryRunner.query(`DROP TABLE \`fraud_clues\``);
  }
}
