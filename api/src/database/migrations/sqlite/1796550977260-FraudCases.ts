import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudCases1796550977260 implements MigrationInterface {
  name = 'FraudCases1796550977260';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "fraud_cases" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(64) NOT NULL, "caseYear" integer NOT NULL, "caseSerial" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "clueId" integer, "title" varchar(300) NOT NULL, "partyType" varchar(16) NOT NULL, "partyName" varchar(100) NOT NULL, "institutionCode" varchar(12), "idNumber" varchar(18), "causes" varchar(800) NOT NULL, "conductEndedOn" varchar(10) NOT NULL, "healthHarmed" boolean NOT NULL DEFAULT (0), "amountInvolved" bigint NOT NULL, "officerIds" varchar(200) NOT NULL, "filedOn" varchar(10) NOT NULL, "decisionDueOn" varchar(10) NOT NULL, "reviewerId" integer, "reviewRequestedOn" varchar(10), "reviewDueOn" varchar(10), "reviewedOn" varchar(10), "reviewPassed" boolean NOT NULL DEFAULT (0), "reviewComment" varchar(1000), "notices" text, "hearingRequestedOn" varchar(10), "hearingOn" varchar(10), "hearingConcludedOn" varchar(10), "collectiveDiscussion" text, "decisionType" varchar(24), "decisionNo" varchar(64), "decidedOn" varchar(10), "fine" bigint NOT NULL DEFAULT (0), "recoup" bigint NOT NULL DEFAULT (0), "confiscate" bigint NOT NULL DEFAULT (0), "measures" varchar(300), "suspensionMonths" integer, "discretionTier" varchar(16), "discretionReason" varchar(2000), "statementWaived" boolean NOT NULL DEFAULT (0), "serviceDueOn" varchar(10), "servedOn" varchar(10), "finePayableBy" varchar(10), "courtEnforcementAccepted" boolean NOT NULL DEFAULT (0), "supervised" boolean NOT NULL DEFAULT (0), "supervisionLetterNo" varchar(64), "supervisionDueOn" varchar(10), "supervisionBy" varchar(64), "supervisionAt" datetime(3), "terminationReason" varchar(1000), "state" varchar(24) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_clue" ON "fraud_cases" ("clueId") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_party_type" ON "fraud_cases" ("partyType") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_institution" ON "fraud_cases" ("institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_supervised" ON "fraud_cases" ("supervised") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_due" ON "fraud_cases" ("decisionDueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_changed" ON "fraud_cases" ("state", "stateChangedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_due" ON "fraud_cases" ("state", "decisionDueOn", "regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_region_filed" ON "fraud_cases" ("regionCode", "filedOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_cases_serial" ON "fraud_cases" ("regionCode", "caseYear", "caseSerial") `);
    await queryRunner.query(`CREATE TABLE "fraud_case_pauses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "fromOn" varchar(10) NOT NULL, "toOn" varchar(10) NOT NULL, "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_pauses_case" ON "fraud_case_pauses" ("caseId", "fromOn") `);
    await queryRunner.query(`CREATE TABLE "fraud_case_extensions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "days" integer NOT NULL, "reason" varchar(1000) NOT NULL, "collective" boolean NOT NULL DEFAULT (0), "approvedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_extensions_case" ON "fraud_case_extensions" ("caseId") `);
    await queryRunner.query(`CREATE TABLE "fraud_case_executions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "amount" bigint NOT NULL, "paidOn" varchar(10) NOT NULL, "receiptNo" varchar(64) NOT NULL, "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_executions_case" ON "fraud_case_executions" ("caseId") `);
    await queryRunner.query(`CREATE TABLE "fraud_case_serials" ("regionCode" varchar(12) NOT NULL, "kind" varchar(24) NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, PRIMARY KEY ("regionCode", "kind", "year"))`);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorized" boolean NOT NULL DEFAULT (1), "mustChangePassword" boolean NOT NULL DEFAULT (0), "passwordHistory" text, "enforcementCertNo" varchar(32))`);
    await queryRunner.query(`INSERT INTO "temporary_users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt", "authorized", "mustChangePassword", "passwordHistory") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt", "authorized", "mustChangePassword", "passwordHistory" FROM "users"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorized" boolean NOT NULL DEFAULT (1), "mustChangePassword" boolean NOT NULL DEFAULT (0), "passwordHistory" text)`);
    await queryRunner.query(`INSERT INTO "users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt", "authorized", "mustChangePassword", "passwordHistory") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt", "authorized", "mustChangePassword", "passwordHistory" FROM "temporary_users"`);
    await queryRunner.query(`DROP TABLE "temporary_users"`);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`DROP TABLE "fraud_case_serials"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_case_executions_case"`);
    await queryRunner.query(`DROP TABLE "fraud_case_executions"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_case_extensions_case"`);
    await queryRunner.query(`DROP TABLE "fraud_case_extensions"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_case_pauses_case"`);
    await queryRunner.query(`DROP TABLE "fraud_case_pauses"`);
    await queryRunner.query(`DROP INDEX "uq_fraud_cases_serial"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_region_filed"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_changed"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_supervised"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_party_type"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_clue"`);
    await queryRunner.query(`DROP TABLE "fraud_cases"`);
  }
}
