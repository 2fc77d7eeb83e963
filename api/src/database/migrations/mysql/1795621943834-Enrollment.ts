import { MigrationInterface, QueryRunner } from 'typeorm';

export class Enrollment1795621943834 implements MigrationInterface {
  name = 'Enrollment1795621943834';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`import_jobs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(32) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`userId\` int NOT NULL, \`username\` varchar(64) NOT NULL, \`filename\` varchar(255) NOT NULL, \`filePath\` varchar(500) NOT NULL, \`fileHash\` varchar(64) NOT NULL, \`params\` varchar(1000) NOT NULL, \`status\` varchar(16) NOT NULL, \`totalRows\` int NOT NULL DEFAULT '0', \`processedRows\` int NOT NULL DEFAULT '0', \`errorCount\` int NOT NULL DEFAULT '0', \`counts\` varchar(2000) NOT NULL DEFAULT '{}', \`message\` varchar(1000) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`startedAt\` datetime(3) NULL, \`finishedAt\` datetime(3) NULL, INDEX \`idx_import_jobs_region\` (\`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`import_row_errors\` (\`id\` int NOT NULL AUTO_INCREMENT, \`jobId\` int NOT NULL, \`line\` int NOT NULL, \`reason\` varchar(500) NOT NULL, \`raw\` text NOT NULL, INDEX \`idx_import_row_errors_job\` (\`jobId\`, \`line\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`beneficiaries\` (\`id\` int NOT NULL AUTO_INCREMENT, \`idNumber\` varchar(18) NOT NULL, \`name\` varchar(64) NOT NULL, \`birthDate\` varchar(10) NOT NULL, \`sex\` varchar(8) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`poolingRegionCode\` varchar(12) NOT NULL, \`identityCategories\` varchar(255) NOT NULL, \`sourceDepartment\` varchar(32) NOT NULL, \`status\` varchar(16) NOT NULL, \`exitedOn\` varchar(10) NULL, \`lastRosterMonth\` varchar(7) NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_beneficiaries_id_number\` (\`idNumber\`), INDEX \`idx_beneficiaries_pooling\` (\`poolingRegionCode\`), INDEX \`idx_beneficiaries_region_id\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`enrollments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`beneficiaryId\` int NOT NULL, \`year\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`enrolled\` tinyint NOT NULL, \`scheme\` varchar(32) NULL, \`criticalIllness\` tinyint NOT NULL DEFAULT 0, \`commercialSupplementary\` tinyint NOT NULL DEFAULT 0, \`subsidyCategory\` varchar(32) NOT NULL DEFAULT 'none', \`subsidyAmount\` int NOT NULL DEFAULT '0', \`paidOn\` varchar(10) NULL, \`notEnrolledReason\` varchar(32) NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_enrollments_region_year\` (\`regionCode\`, \`year\`), UNIQUE INDEX \`uq_enrollments_person_year\` (\`beneficiaryId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`verification_tasks\` (\`id\` int NOT NULL AUTO_INCREMENT, \`beneficiaryId\` int NULL, \`idNumber\` varchar(18) NOT NULL, \`name\` varchar(64) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`month\` varchar(7) NOT NULL, \`differenceType\` varchar(32) NOT NULL, \`detail\` varchar(2000) NOT NULL DEFAULT '{}', \`deadline\` varchar(10) NOT NULL, \`outcome\` varchar(32) NULL, \`outcomeNote\` varchar(500) NULL, \`closedAt\` datetime(3) NULL, \`closedById\` int NULL, \`importJobId\` int NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_verification_tasks_region\` (\`regionCode\`, \`id\`), UNIQUE INDEX \`uq_verification_tasks_month_person_type\` (\`month\`, \`idNumber\`, \`differenceType\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_verification_tasks_month_person_type\` ON \`verification_tasks\``);
    await queryRunner.query(`DROP INDEX \`idx_verification_tasks_region\` ON \`verification_tasks\``);
    await queryRunner.query(`DROP TABLE \`verification_tasks\``);
    await queryRunner.query(`DROP INDEX \`uq_enrollments_person_year\` ON \`enrollments\``);
    await queryRunner.query(`DROP INDEX \`idx_enrollments_region_year\` ON \`enrollments\``);
    await queryRunner.query(`DROP TABLE \`enrollments\``);
    await queryRunner.query(`DROP INDEX \`idx_beneficiaries_region_id\` ON \`beneficiaries\``);
    await queryRunner.query(`DROP INDEX \`idx_beneficiaries_pooling\` ON \`beneficiaries\``);
    await queryRunner.query(`DROP INDEX \`uq_beneficiaries_id_number\` ON \`beneficiaries\``);
    await queryRunner.query(`DROP TABLE \`beneficiaries\``);
    await queryRunner.query(`DROP INDEX \`idx_import_row_errors_job\` ON \`import_row_errors\``);
    await queryRunner.query(`DROP TABLE \`import_row_errors\``);
    await queryRunner.query(`DROP INDEX \`idx_import_jobs_region\` ON \`import_jobs\``);
    await queryRunner.query(`DROP TABLE \`import_jobs\``);
  }
}
