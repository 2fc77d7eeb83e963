import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceResults1796571078947 implements MigrationInterface {
  name = 'ComplianceResults1796571078947';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`compliance_results\` (\`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`period\` varchar(7) NOT NULL, \`indicatorId\` varchar(8) NOT NULL, \`numerator\` bigint NOT NULL, \`denominator\` bigint NOT NULL, \`value\` double NULL, \`status\` varchar(8) NOT NULL, \`threshold\` double NOT NULL, \`runId\` int NOT NULL, \`computedAt\` datetime NOT NULL, \`snapshotId\` int NULL, \`liveNumerator\` bigint NULL, \`liveDenominator\` bigint NULL, INDEX \`IDX_compliance_results_period\` (\`period\`, \`regionCode\`), UNIQUE INDEX \`UQ_compliance_results_cell\` (\`regionCode\`, \`period\`, \`indicatorId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`UQ_compliance_results_cell\` ON \`compliance_results\``);
    await queryRunner.query(`DROP INDEX \`IDX_compliance_results_period\` ON \`compliance_results\``);
    await queryRunner.query(`DROP TABLE \`compliance_results\``);
  }
}
