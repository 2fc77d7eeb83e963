import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyParameters1795620582429 implements MigrationInterface {
  name = 'PolicyParameters1795620582429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`policy_parameters\` (\`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`effectiveFrom\` varchar(10) NOT NULL, \`effectiveTo\` varchar(10) NOT NULL, \`document\` text NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`updatedById\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_policy_parameters_region\` (\`regionCode\`), UNIQUE INDEX \`uq_policy_parameters_region_year\` (\`regionCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_policy_parameters_region_year\` ON \`policy_parameters\``);
    await queryRunner.query(`DROP INDEX \`idx_policy_parameters_region\` ON \`policy_parameters\``);
    await queryRunner.query(`DROP TABLE \`policy_parameters\``);
  }
}
