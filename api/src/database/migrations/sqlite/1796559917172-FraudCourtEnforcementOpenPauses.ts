import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudCourtEnforcementOpenPauses1796559917172 implements MigrationInterface {
  name = 'FraudCourtEnforcementOpenPauses1796559917172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_case_pauses_case"`);
    await queryRunner.query(`CREATE TABLE "temporary_fraud_case_pauses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "fromOn" varchar(10) NOT NULL, "toOn" varchar(10) NOT NULL, "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_fraud_case_pauses"("id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at") SELECT "id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at" FROM "fraud_case_pauses"`);
    await queryRunner.query(`DROP TABLE "fraud_case_pauses"`);
    await queryRunner.query(`ALTER TABLE "temporary_fraud_case_pauses" RENAME TO "fraud_case_pauses"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_pauses_case" ON "fraud_case_pauses" ("caseId", "fromOn") `);
    await queryRunner.query(`DROP INDEX "uq_fraud_cases_serial"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_region_filed"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_changed"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_supervised"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_party_type"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_clue"`);
    await queryRunner.query(`CREATE TABLE "temporary_fraud_cases" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(64) NOT NULL, "caseYear" integer NOT NULL, "caseSerial" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "clueId" integer, "title" varchar(300) NOT NULL, "partyType" varchar(16) NOT NULL, "partyName" varchar(100) NOT NULL, "institutionCode" varchar(12), "idNumber" varchar(18), "causes" varchar(800) NOT NULL, "conductEndedOn" varchar(10) NOT NULL, "healthHarmed" boolean NOT NULL DEFAULT (0), "amountInvolved" bigint NOT NULL, "officerIds" varchar(200) NOT NULL, "filedOn" varchar(10) NOT NULL, "decisionDueOn" varchar(10) NOT NULL, "reviewerId" integer, "reviewRequestedOn" varchar(10), "reviewDueOn" varchar(10), "reviewedOn" varchar(10), "reviewPassed" boolean NOT NULL DEFAULT (0), "reviewComment" varchar(1000), "notices" text, "hearingRequestedOn" varchar(10), "hearingOn" varchar(10), "hearingConcludedOn" varchar(10), "collectiveDiscussion" text, "decisionType" varchar(24), "decisionNo" varchar(64), "decidedOn" varchar(10), "fine" bigint NOT NULL DEFAULT (0), "recoup" bigint NOT NULL DEFAULT (0), "confiscate" bigint NOT NULL DEFAULT (0), "measures" varchar(300), "suspensionMonths" integer, "discretionTier" varchar(16), "discretionReason" varchar(2000), "statementWaived" boolean NOT NULL DEFAULT (0), "serviceDueOn" varchar(10), "servedOn" varchar(10), "finePayableBy" varchar(10), "courtEnforcementAccepted" boolean NOT NULL DEFAULT (0), "supervised" boolean NOT NULL DEFAULT (0), "supervisionLetterNo" varchar(64), "supervisionDueOn" varchar(10), "supervisionBy" varchar(64), "supervisionAt" datetime(3), "terminationReason" varchar(1000), "state" varchar(24) NOT NULL, "createdById" integer NOT NULL, "courtEnforcementAcceptedOn" varchar(10), "courtEnforcementNo" varchar(64))`);
    await queryRunner.query(`INSERT INTO "temporary_fraud_cases"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "caseNo", "caseYear", "caseSerial", "regionCode", "clueId", "title", "partyType", "partyName", "institutionCode", "idNumber", "causes", "conductEndedOn", "healthHarmed", "amountInvolved", "officerIds", "filedOn", "decisionDueOn", "reviewerId", "reviewRequestedOn", "reviewDueOn", "reviewedOn", "reviewPassed", "reviewComment", "notices", "hearingRequestedOn", "hearingOn", "hearingConcludedOn", "collectiveDiscussion", "decisionType", "decisionNo", "decidedOn", "fine", "recoup", "confiscate", "measures", "suspensionMonths", "discretionTier", "discretionReason", "statementWaived", "serviceDueOn", "servedOn", "finePayableBy", "courtEnforcementAccepted", "supervised", "supervisionLetterNo", "supervisionDueOn", "supervisionBy", "supervisionAt", "terminationReason", "state", "createdById") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "caseNo", "caseYear", "caseSerial", "regionCode", "clueId", "title", "partyType", "partyName", "institutionCode", "idNumber", "causes", "conductEndedOn", "healthHarmed", "amountInvolved", "officerIds", "filedOn", "decisionDueOn", "reviewerId", "reviewRequestedOn", "reviewDueOn", "reviewedOn", "reviewPassed", "reviewComment", "notices", "hearingRequestedOn", "hearingOn", "hearingConcludedOn", "collectiveDiscussion", "decisionType", "decisionNo", "decidedOn", "fine", "recoup", "confiscate", "measures", "suspensionMonths", "discretionTier", "discretionReason", "statementWaived", "serviceDueOn", "servedOn", "finePayableBy", "courtEnforcementAccepted", "supervised", "supervisionLetterNo", "supervisionDueOn", "supervisionBy", "supervisionAt", "terminationReason", "state", "createdById" FROM "fraud_cases"`);
    await queryRunner.query(`DROP TABLE "fraud_cases"`);
    await queryRunner.query(`ALTER TABLE "temporary_fraud_cases" RENAME TO "fraud_cases"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_cases_serial" ON "fraud_cases" ("regionCode", "caseYear", "caseSerial") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_region_filed" ON "fraud_cases" ("regionCode", "filedOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_due" ON "fraud_cases" ("state", "decisionDueOn", "regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_changed" ON "fraud_cases" ("state", "stateChangedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_due" ON "fraud_cases" ("decisionDueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_supervised" ON "fraud_cases" ("supervised") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_institution" ON "fraud_cases" ("institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_party_type" ON "fraud_cases" ("partyType") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_clue" ON "fraud_cases" ("clueId") `);
    await queryRunner.query(`DROP INDEX "idx_fraud_case_pauses_case"`);
    await queryRunner.query(`CREATE TABLE "temporary_fraud_case_pauses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "fromOn" varchar(10) NOT NULL, "toOn" varchar(10), "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "temporary_fraud_case_pauses"("id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at") SELECT "id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at" FROM "fraud_case_pauses"`);
    await queryRunner.query(`DROP TABLE "fraud_case_pauses"`);
    await queryRunner.query(`ALTER TABLE "temporary_fraud_case_pauses" RENAME TO "fraud_case_pauses"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_pauses_case" ON "fraud_case_pauses" ("caseId", "fromOn") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_case_pauses_case"`);
    await queryRunner.query(`ALTER TABLE "fraud_case_pauses" RENAME TO "temporary_fraud_case_pauses"`);
    await queryRunner.query(`CREATE TABLE "fraud_case_pauses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "fromOn" varchar(10) NOT NULL, "toOn" varchar(10) NOT NULL, "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "fraud_case_pauses"("id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at") SELECT "id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at" FROM "temporary_fraud_case_pauses"`);
    await queryRunner.query(`DROP TABLE "temporary_fraud_case_pauses"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_pauses_case" ON "fraud_case_pauses" ("caseId", "fromOn") `);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_clue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_party_type"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_supervised"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_changed"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_state_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_cases_region_filed"`);
    await queryRunner.query(`DROP INDEX "uq_fraud_cases_serial"`);
    await queryRunner.query(`ALTER TABLE "fraud_cases" RENAME TO "temporary_fraud_cases"`);
    await queryRunner.query(`CREATE TABLE "fraud_cases" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(64) NOT NULL, "caseYear" integer NOT NULL, "caseSerial" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "clueId" integer, "title" varchar(300) NOT NULL, "partyType" varchar(16) NOT NULL, "partyName" varchar(100) NOT NULL, "institutionCode" varchar(12), "idNumber" varchar(18), "causes" varchar(800) NOT NULL, "conductEndedOn" varchar(10) NOT NULL, "healthHarmed" boolean NOT NULL DEFAULT (0), "amountInvolved" bigint NOT NULL, "officerIds" varchar(200) NOT NULL, "filedOn" varchar(10) NOT NULL, "decisionDueOn" varchar(10) NOT NULL, "reviewerId" integer, "reviewRequestedOn" varchar(10), "reviewDueOn" varchar(10), "reviewedOn" varchar(10), "reviewPassed" boolean NOT NULL DEFAULT (0), "reviewComment" varchar(1000), "notices" text, "hearingRequestedOn" varchar(10), "hearingOn" varchar(10), "hearingConcludedOn" varchar(10), "collectiveDiscussion" text, "decisionType" varchar(24), "decisionNo" varchar(64), "decidedOn" varchar(10), "fine" bigint NOT NULL DEFAULT (0), "recoup" bigint NOT NULL DEFAULT (0), "confiscate" bigint NOT NULL DEFAULT (0), "measures" varchar(300), "suspensionMonths" integer, "discretionTier" varchar(16), "discretionReason" varchar(2000), "statementWaived" boolean NOT NULL DEFAULT (0), "serviceDueOn" varchar(10), "servedOn" varchar(10), "finePayableBy" varchar(10), "courtEnforcementAccepted" boolean NOT NULL DEFAULT (0), "supervised" boolean NOT NULL DEFAULT (0), "supervisionLetterNo" varchar(64), "supervisionDueOn" varchar(10), "supervisionBy" varchar(64), "supervisionAt" datetime(3), "terminationReason" varchar(1000), "state" varchar(24) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "fraud_cases"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "caseNo", "caseYear", "caseSerial", "regionCode", "clueId", "title", "partyType", "partyName", "institutionCode", "idNumber", "causes", "conductEndedOn", "healthHarmed", "amountInvolved", "officerIds", "filedOn", "decisionDueOn", "reviewerId", "reviewRequestedOn", "reviewDueOn", "reviewedOn", "reviewPassed", "reviewComment", "notices", "hearingRequestedOn", "hearingOn", "hearingConcludedOn", "collectiveDiscussion", "decisionType", "decisionNo", "decidedOn", "fine", "recoup", "confiscate", "measures", "suspensionMonths", "discretionTier", "discretionReason", "statementWaived", "serviceDueOn", "servedOn", "finePayableBy", "courtEnforcementAccepted", "supervised", "supervisionLetterNo", "supervisionDueOn", "supervisionBy", "supervisionAt", "terminationReason", "state", "createdById") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "caseNo", "caseYear", "caseSerial", "regionCode", "clueId", "title", "partyType", "partyName", "institutionCode", "idNumber", "causes", "conductEndedOn", "healthHarmed", "amountInvolved", "officerIds", "filedOn", "decisionDueOn", "reviewerId", "reviewRequestedOn", "reviewDueOn", "reviewedOn", "reviewPassed", "reviewComment", "notices", "hearingRequestedOn", "hearingOn", "hearingConcludedOn", "collectiveDiscussion", "decisionType", "decisionNo", "decidedOn", "fine", "recoup", "confiscate", "measures", "suspensionMonths", "discretionTier", "discretionReason", "statementWaived", "serviceDueOn", "servedOn", "finePayableBy", "courtEnforcementAccepted", "supervised", "supervisionLetterNo", "supervisionDueOn", "supervisionBy", "supervisionAt", "terminationReason", "state", "createdById" FROM "temporary_fraud_cases"`);
    await queryRunner.query(`DROP TABLE "temporary_fraud_cases"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_clue" ON "fraud_cases" ("clueId") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_party_type" ON "fraud_cases" ("partyType") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_institution" ON "fraud_cases" ("institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_supervised" ON "fraud_cases" ("supervised") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_due" ON "fraud_cases" ("decisionDueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_changed" ON "fraud_cases" ("state", "stateChangedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_state_due" ON "fraud_cases" ("state", "decisionDueOn", "regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_cases_region_filed" ON "fraud_cases" ("regionCode", "filedOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_cases_serial" ON "fraud_cases" ("regionCode", "caseYear", "caseSerial") `);
    await queryRunner.query(`DROP INDEX "idx_fraud_case_pauses_case"`);
    await queryRunner.query(`ALTER TABLE "fraud_case_pauses" RENAME TO "temporary_fraud_case_pauses"`);
    await queryRunner.query(`CREATE TABLE "fraud_case_pauses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kind" varchar(16) NOT NULL, "fromOn" varchar(10) NOT NULL, "toOn" varchar(10) NOT NULL, "recordedBy" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "fraud_case_pauses"("id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at") SELECT "id", "caseId", "kind", "fromOn", "toOn", "recordedBy", "at" FROM "temporary_fraud_case_pauses"`);
    await queryRunner.query(`DROP TABLE "temporary_fraud_case_pauses"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_case_pauses_case" ON "fraud_case_pauses" ("caseId", "fromOn") `);
  }
}
