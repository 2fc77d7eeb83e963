import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountabilityRecords1796525954102 implements MigrationInterface {
  name = 'AccountabilityRecords1796525954102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`accountability_records\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`subjectType\` varchar(16) NOT NULL, \`subjectName\` varchar(64) NOT NULL, \`unit\` varchar(100) NOT NULL, \`post\` varchar(64) NULL, \`conduct\` varchar(32) NOT NULL, \`facts\` text NOT NULL, \`sourceType\` varchar(32) NOT NULL, \`sourceId\` int NULL, \`measures\` varchar(255) NOT NULL, \`basis\` varchar(500) NOT NULL, \`proposedBy\` varchar(64) NOT NULL, \`decidedBy\` varchar(100) NULL, \`decisionNo\` varchar(64) NULL, \`decidedOn\` varchar(10) NULL, \`effectMonths\` int NULL, \`effectEndsOn\` varchar(10) NULL, \`executedOn\` varchar(10) NULL, \`appealFiledOn\` varchar(10) NULL, \`appealOutcome\` varchar(16) NULL, \`appealDecidedOn\` varchar(10) NULL, \`published\` tinyint NOT NULL DEFAULT 0, \`state\` varchar(16) NOT NULL, \`createdById\` int NOT NULL, INDEX \`idx_accountability_records_region\` (\`regionCode\`), INDEX \`idx_accountability_records_state_decided\` (\`state\`, \`decidedOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_accountability_records_state_decided\` ON \`accountability_records\``);
    await queryRunner.query(`DROP INDEX \`idx_accountability_records_region\` ON \`accountability_records\``);
    await queryRunner.query(`DROP TABLE \`accountability_records\``);
  }
}
