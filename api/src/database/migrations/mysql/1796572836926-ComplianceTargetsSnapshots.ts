import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceTargetsSnapshots1796572836926 implements MigrationInterface {
  name = 'ComplianceTargetsSnapshots1796572836926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`compliance_snapshots\` (\`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`period\` varchar(7) NOT NULL, \`hash\` varchar(64) NOT NULL, \`resultCount\` int NOT NULL, \`frozenById\` int NOT NULL, \`frozenBy\` varchar(64) NOT NULL, \`frozenAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_compliance_snapshots_region\` (\`regionCode\`), UNIQUE INDEX \`uq_compliance_snapshots_region_period\` (\`regionCode\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`compliance_target_sets\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`year\` int NOT NULL, \`document\` text NOT NULL, \`approvedDocument\` text NULL, \`state\` varchar(32) NOT NULL DEFAULT 'draft', \`approvedAt\` datetime(3) NULL, \`updatedById\` int NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, INDEX \`idx_compliance_target_sets_region\` (\`regionCode\`), UNIQUE INDEX \`uq_compliance_target_sets_region_year\` (\`regionCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_compliance_target_sets_region_year\` ON \`compliance_target_sets\``);
    await queryRunner.query(`DROP INDEX \`idx_compliance_target_sets_region\` ON \`compliance_target_sets\``);
    await queryRunner.query(`DROP TABLE \`compliance_target_sets\``);
    await queryRunner.query(`DROP INDEX \`uq_compliance_snapshots_region_period\` ON \`compliance_snapshots\``);
    await queryRunner.query(`DROP INDEX \`idx_compliance_snapshots_region\` ON \`compliance_snapshots\``);
    await queryRunner.query(`DROP TABLE \`compliance_snapshots\``);
  }
}
