import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningBase1796559518268 implements MigrationInterface {
  name = 'ScreeningBase1796559518268';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`fraud_suspicions\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`poolingRegionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`runId\` int NOT NULL, \`ruleId\` varchar(32) NOT NULL, \`hitKey\` varchar(64) NOT NULL, \`institutionCode\` varchar(32) NULL, \`institutionName\` varchar(100) NULL, \`idNumber\` varchar(18) NULL, \`name\` varchar(64) NULL, \`settlementIds\` text NOT NULL, \`amountAtStake\` bigint NOT NULL, \`detail\` varchar(1000) NOT NULL, \`state\` varchar(16) NOT NULL DEFAULT 'pending', \`dueOn\` varchar(10) NULL, \`dueApproximate\` tinyint NOT NULL DEFAULT 0, \`claimedById\` int NULL, \`claimedAt\` datetime NULL, \`dismissReason\` varchar(32) NULL, \`clueId\` int NULL, INDEX \`idx_fraud_suspicions_institution\` (\`institutionCode\`, \`state\`), INDEX \`idx_fraud_suspicions_pool_rule\` (\`poolingRegionCode\`, \`year\`, \`ruleId\`, \`state\`), INDEX \`idx_fraud_suspicions_region_state\` (\`regionCode\`, \`state\`, \`dueOn\`), UNIQUE INDEX \`uq_fraud_suspicions_hit\` (\`ruleId\`, \`hitKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`admittedOn\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`dischargedOn\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`diagnosisCode\` varchar(16) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`diagnosisCode\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`dischargedOn\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`admittedOn\``);
    await queryRunner.query(`DROP INDEX \`uq_fraud_suspicions_hit\` ON \`fraud_suspicions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_region_state\` ON \`fraud_suspicions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_pool_rule\` ON \`fraud_suspicions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_institution\` ON \`fraud_suspicions\``);
    await queryRunner.query(`DROP TABLE \`fraud_suspicions\``);
  }
}
