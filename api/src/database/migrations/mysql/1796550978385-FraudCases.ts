import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudCases1796550978385 implements MigrationInterface {
  name = 'FraudCases1796550978385';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`fraud_cases\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`caseNo\` varchar(64) NOT NULL, \`caseYear\` int NOT NULL, \`caseSerial\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`clueId\` int NULL, \`title\` varchar(300) NOT NULL, \`partyType\` varchar(16) NOT NULL, \`partyName\` varchar(100) NOT NULL, \`institutionCode\` varchar(12) NULL, \`idNumber\` varchar(18) NULL, \`causes\` varchar(800) NOT NULL, \`conductEndedOn\` varchar(10) NOT NULL, \`healthHarmed\` tinyint NOT NULL DEFAULT 0, \`amountInvolved\` bigint NOT NULL, \`officerIds\` varchar(200) NOT NULL, \`filedOn\` varchar(10) NOT NULL, \`decisionDueOn\` varchar(10) NOT NULL, \`reviewerId\` int NULL, \`reviewRequestedOn\` varchar(10) NULL, \`reviewDueOn\` varchar(10) NULL, \`reviewedOn\` varchar(10) NULL, \`reviewPassed\` tinyint NOT NULL DEFAULT 0, \`reviewComment\` varchar(1000) NULL, \`notices\` text NULL, \`hearingRequestedOn\` varchar(10) NULL, \`hearingOn\` varchar(10) NULL, \`hearingConcludedOn\` varchar(10) NULL, \`collectiveDiscussion\` text NULL, \`decisionType\` varchar(24) NULL, \`decisionNo\` varchar(64) NULL, \`decidedOn\` varchar(10) NULL, \`fine\` bigint NOT NULL DEFAULT '0', \`recoup\` bigint NOT NULL DEFAULT '0', \`confiscate\` bigint NOT NULL DEFAULT '0', \`measures\` varchar(300) NULL, \`suspensionMonths\` int NULL, \`discretionTier\` varchar(16) NULL, \`discretionReason\` varchar(2000) NULL, \`statementWaived\` tinyint NOT NULL DEFAULT 0, \`serviceDueOn\` varchar(10) NULL, \`servedOn\` varchar(10) NULL, \`finePayableBy\` varchar(10) NULL, \`courtEnforcementAccepted\` tinyint NOT NULL DEFAULT 0, \`supervised\` tinyint NOT NULL DEFAULT 0, \`supervisionLetterNo\` varchar(64) NULL, \`supervisionDueOn\` varchar(10) NULL, \`supervisionBy\` varchar(64) NULL, \`supervisionAt\` datetime(3) NULL, \`terminationReason\` varchar(1000) NULL, \`state\` varchar(24) NOT NULL, \`createdById\` int NOT NULL, INDEX \`idx_fraud_cases_clue\` (\`clueId\`), INDEX \`idx_fraud_cases_party_type\` (\`partyType\`), INDEX \`idx_fraud_cases_institution\` (\`institutionCode\`), INDEX \`idx_fraud_cases_supervised\` (\`supervised\`), INDEX \`idx_fraud_cases_due\` (\`decisionDueOn\`), INDEX \`idx_fraud_cases_state_changed\` (\`state\`, \`stateChangedAt\`), INDEX \`idx_fraud_cases_state_due\` (\`state\`, \`decisionDueOn\`, \`regionCode\`), INDEX \`idx_fraud_cases_region_filed\` (\`regionCode\`, \`filedOn\`), UNIQUE INDEX \`uq_fraud_cases_serial\` (\`regionCode\`, \`caseYear\`, \`caseSerial\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`fraud_case_pauses\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`fromOn\` varchar(10) NOT NULL, \`toOn\` varchar(10) NOT NULL, \`recordedBy\` varchar(64) NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`idx_fraud_case_pauses_case\` (\`caseId\`, \`fromOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`fraud_case_extensions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`days\` int NOT NULL, \`reason\` varchar(1000) NOT NULL, \`collective\` tinyint NOT NULL DEFAULT 0, \`approvedBy\` varchar(64) NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`idx_fraud_case_extensions_case\` (\`caseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`fraud_case_executions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`amount\` bigint NOT NULL, \`paidOn\` varchar(10) NOT NULL, \`receiptNo\` varchar(64) NOT NULL, \`recordedBy\` varchar(64) NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`idx_fraud_case_executions_case\` (\`caseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`fraud_case_serials\` (\`regionCode\` varchar(12) NOT NULL, \`kind\` varchar(24) NOT NULL, \`year\` int NOT NULL, \`last\` int NOT NULL, PRIMARY KEY (\`regionCode\`, \`kind\`, \`year\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`enforcementCertNo\` varchar(32) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`enforcementCertNo\``);
    await queryRunner.query(`DROP TABLE \`fraud_case_serials\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_case_executions_case\` ON \`fraud_case_executions\``);
    await queryRunner.query(`DROP TABLE \`fraud_case_executions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_case_extensions_case\` ON \`fraud_case_extensions\``);
    await queryRunner.query(`DROP TABLE \`fraud_case_extensions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_case_pauses_case\` ON \`fraud_case_pauses\``);
    await queryRunner.query(`DROP TABLE \`fraud_case_pauses\``);
    await queryRunner.query(`DROP INDEX \`uq_fraud_cases_serial\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_region_filed\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_state_due\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_state_changed\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_due\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_supervised\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_institution\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_party_type\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_cases_clue\` ON \`fraud_cases\``);
    await queryRunner.query(`DROP TABLE \`fraud_cases\``);
  }
}
