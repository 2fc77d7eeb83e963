import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParameterSetApproval1795627410957 implements MigrationInterface {
  name = 'ParameterSetApproval1795627410957';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`subsidy_standards\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`year\` int NOT NULL, \`document\` text NOT NULL, \`approvedDocument\` text NULL, \`state\` varchar(32) NOT NULL DEFAULT 'draft', \`stateChangedAt\` datetime(3) NOT NULL, \`approvedAt\` datetime(3) NULL, \`updatedById\` int NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, INDEX \`idx_subsidy_standards_region\` (\`regionCode\`), UNIQUE INDEX \`uq_subsidy_standards_region_year\` (\`regionCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` ADD \`approvedDocument\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` ADD \`state\` varchar(32) NOT NULL DEFAULT 'draft'`);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` ADD \`stateChangedAt\` datetime(3) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` ADD \`approvedAt\` datetime(3) NULL`);
    // hand edit: parameters that existed before the approval workflow were in force, so they move over approved
    await queryRunner.query(`UPDATE \`policy_parameters\` SET \`approvedDocument\` = \`document\`, \`state\` = 'approved', \`stateChangedAt\` = \`updatedAt\`, \`approvedAt\` = \`updatedAt\``);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` DROP COLUMN \`approvedAt\``);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` DROP COLUMN \`stateChangedAt\``);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` DROP COLUMN \`state\``);
    await queryRunner.query(`ALTER TABLE \`policy_parameters\` DROP COLUMN \`approvedDocument\``);
    await queryRunner.query(`DROP INDEX \`uq_subsidy_standards_region_year\` ON \`subsidy_standards\``);
    await queryRunner.query(`DROP INDEX \`idx_subsidy_standards_region\` ON \`subsidy_standards\``);
    await queryRunner.query(`DROP TABLE \`subsidy_standards\``);
  }
}
