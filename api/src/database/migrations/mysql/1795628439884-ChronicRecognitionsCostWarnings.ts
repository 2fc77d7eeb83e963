import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChronicRecognitionsCostWarnings1795628439884 implements MigrationInterface {
  name = 'ChronicRecognitionsCostWarnings1795628439884';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`chronic_recognitions\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`beneficiaryId\` int NULL, \`idNumber\` varchar(18) NOT NULL, \`name\` varchar(64) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`diseaseCode\` varchar(8) NOT NULL, \`hospitalCode\` varchar(32) NOT NULL, \`hospitalName\` varchar(100) NOT NULL, \`hospitalLevel\` varchar(16) NOT NULL, \`physicians\` varchar(500) NOT NULL, \`recognizedOn\` varchar(10) NOT NULL, \`status\` varchar(16) NOT NULL, \`revokedOn\` varchar(10) NULL, \`revokeReason\` varchar(500) NULL, \`createdById\` int NOT NULL, INDEX \`idx_chronic_recognitions_hospital_date\` (\`hospitalCode\`, \`recognizedOn\`), INDEX \`idx_chronic_recognitions_person\` (\`idNumber\`, \`diseaseCode\`), INDEX \`idx_chronic_recognitions_region\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`cost_warnings\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`beneficiaryId\` int NULL, \`idNumber\` varchar(18) NOT NULL, \`name\` varchar(64) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`identityCategories\` varchar(255) NOT NULL, \`burdenFen\` bigint NOT NULL, \`thresholdFen\` bigint NOT NULL, \`settlementCount\` int NOT NULL, \`department\` varchar(32) NOT NULL, \`state\` varchar(16) NOT NULL, \`stateChangedAt\` datetime(3) NOT NULL, \`measures\` text NOT NULL, \`lastPushId\` int NULL, INDEX \`idx_cost_warnings_state\` (\`state\`), INDEX \`idx_cost_warnings_region\` (\`regionCode\`, \`id\`), UNIQUE INDEX \`uq_cost_warnings_person_year\` (\`idNumber\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`cost_warning_pushes\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`month\` varchar(7) NOT NULL, \`department\` varchar(32) NOT NULL, \`warningIds\` text NOT NULL, \`warningCount\` int NOT NULL, \`pushedById\` int NOT NULL, \`receivedAt\` datetime(3) NULL, \`receivedBy\` varchar(64) NULL, \`receiptNote\` varchar(500) NULL, UNIQUE INDEX \`uq_cost_warning_pushes_region_month_dept\` (\`regionCode\`, \`month\`, \`department\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_cost_warning_pushes_region_month_dept\` ON \`cost_warning_pushes\``);
    await queryRunner.query(`DROP TABLE \`cost_warning_pushes\``);
    await queryRunner.query(`DROP INDEX \`uq_cost_warnings_person_year\` ON \`cost_warnings\``);
    await queryRunner.query(`DROP INDEX \`idx_cost_warnings_region\` ON \`cost_warnings\``);
    await queryRunner.query(`DROP INDEX \`idx_cost_warnings_state\` ON \`cost_warnings\``);
    await queryRunner.query(`DROP TABLE \`cost_warnings\``);
    await queryRunner.query(`DROP INDEX \`idx_chronic_recognitions_region\` ON \`chronic_recognitions\``);
    await queryRunner.query(`DROP INDEX \`idx_chronic_recognitions_person\` ON \`chronic_recognitions\``);
    await queryRunner.query(`DROP INDEX \`idx_chronic_recognitions_hospital_date\` ON \`chronic_recognitions\``);
    await queryRunner.query(`DROP TABLE \`chronic_recognitions\``);
  }
}
