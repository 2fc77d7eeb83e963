import { MigrationInterface, QueryRunner } from 'typeorm';

export class Institutions1796548183363 implements MigrationInterface {
  name = 'Institutions1796548183363';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`institution_status_changes\` (\`id\` int NOT NULL AUTO_INCREMENT, \`institutionId\` int NOT NULL, \`institutionCode\` varchar(12) NOT NULL, \`fromStatus\` varchar(16) NOT NULL, \`toStatus\` varchar(16) NOT NULL, \`effectiveOn\` varchar(10) NOT NULL, \`suspendedUntil\` varchar(10) NULL, \`caseId\` int NULL, \`caseNo\` varchar(40) NULL, \`decisionNo\` varchar(64) NULL, \`reason\` varchar(500) NOT NULL, \`byName\` varchar(64) NOT NULL, \`byUserId\` int NULL, \`liftedAt\` datetime NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_institution_status_changes_case\` (\`caseId\`), INDEX \`idx_institution_status_changes_code\` (\`institutionCode\`), INDEX \`idx_institution_status_changes_institution\` (\`institutionId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`institutions\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(12) NOT NULL, \`name\` varchar(100) NOT NULL, \`kind\` varchar(16) NOT NULL, \`level\` varchar(16) NOT NULL, \`ownership\` varchar(16) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`agreementStatus\` varchar(16) NOT NULL DEFAULT 'active', \`suspendedUntil\` varchar(10) NULL, UNIQUE INDEX \`uq_institutions_code\` (\`code\`), INDEX \`idx_institutions_region_id\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` ADD \`directSettlementSuspendedFrom\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` ADD \`directSettlementSuspendedUntil\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` ADD \`directSettlementSuspensionCaseNo\` varchar(40) NULL`);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` ADD \`directSettlementSuspensionCaseId\` int NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` DROP COLUMN \`directSettlementSuspensionCaseId\``);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` DROP COLUMN \`directSettlementSuspensionCaseNo\``);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` DROP COLUMN \`directSettlementSuspendedUntil\``);
    await queryRunner.query(`ALTER TABLE \`beneficiaries\` DROP COLUMN \`directSettlementSuspendedFrom\``);
    await queryRunner.query(`DROP INDEX \`idx_institutions_region_id\` ON \`institutions\``);
    await queryRunner.query(`DROP INDEX \`uq_institutions_code\` ON \`institutions\``);
    await queryRunner.query(`DROP TABLE \`institutions\``);
    await queryRunner.query(`DROP INDEX \`idx_institution_status_changes_institution\` ON \`institution_status_changes\``);
    await queryRunner.query(`DROP INDEX \`idx_institution_status_changes_code\` ON \`institution_status_changes\``);
    await queryRunner.query(`DROP INDEX \`idx_institution_status_changes_case\` ON \`institution_status_changes\``);
    await queryRunner.query(`DROP TABLE \`institution_status_changes\``);
  }
}
