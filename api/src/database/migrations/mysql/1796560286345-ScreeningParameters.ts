import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningParameters1796560286345 implements MigrationInterface {
  name = 'ScreeningParameters1796560286345';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`screening_parameters\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`year\` int NOT NULL, \`document\` text NOT NULL, \`approvedDocument\` text NULL, \`state\` varchar(32) NOT NULL DEFAULT 'draft', \`approvedAt\` datetime(3) NULL, \`updatedById\` int NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, INDEX \`idx_screening_parameters_region\` (\`regionCode\`), UNIQUE INDEX \`uq_screening_parameters_region_year\` (\`regionCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_screening_parameters_region_year\` ON \`screening_parameters\``);
    await queryRunner.query(`DROP INDEX \`idx_screening_parameters_region\` ON \`screening_parameters\``);
    await queryRunner.query(`DROP TABLE \`screening_parameters\``);
  }
}
