import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningRuns1796560169480 implements MigrationInterface {
  name = 'ScreeningRuns1796560169480';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`screening_rule_marks\` (\`regionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`ruleId\` varchar(32) NOT NULL, \`lastSettlementId\` int NOT NULL, \`runId\` int NOT NULL, \`markedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`regionCode\`, \`year\`, \`ruleId\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`screening_rule_marks\``);
  }
}
