import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningBase1796559512540 implements MigrationInterface {
  name = 'ScreeningBase1796559512540';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "fraud_suspicions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "runId" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "hitKey" varchar(64) NOT NULL, "institutionCode" varchar(32), "institutionName" varchar(100), "idNumber" varchar(18), "name" varchar(64), "settlementIds" text NOT NULL, "amountAtStake" bigint NOT NULL, "detail" varchar(1000) NOT NULL, "state" varchar(16) NOT NULL DEFAULT ('pending'), "dueOn" varchar(10), "dueApproximate" boolean NOT NULL DEFAULT (0), "claimedById" integer, "claimedAt" datetime, "dismissReason" varchar(32), "clueId" integer)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_institution" ON "fraud_suspicions" ("institutionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_pool_rule" ON "fraud_suspicions" ("poolingRegionCode", "year", "ruleId", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_region_state" ON "fraud_suspicions" ("regionCode", "state", "dueOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_suspicions_hit" ON "fraud_suspicions" ("ruleId", "hitKey") `);
    await queryRunner.query(`DROP INDEX "uq_settlements_institution_no"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_person_year"`);
    await queryRunner.query(`CREATE TABLE "temporary_settlements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "settledOn" varchar(10) NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "visitType" varchar(32) NOT NULL, "inCounty" boolean NOT NULL, "identityCategories" varchar(255) NOT NULL, "totalCost" bigint NOT NULL, "inPolicyCost" bigint NOT NULL, "inCatalogueCost" bigint NOT NULL, "computed" varchar(500) NOT NULL, "flags" varchar(255) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "paidBasic" bigint NOT NULL, "paidCriticalIllness" bigint NOT NULL, "paidMedicalAid" bigint NOT NULL, "paidOther" bigint NOT NULL, "paidOutOfPocket" bigint NOT NULL, "settlementNo" varchar(64), "admittedOn" varchar(10), "dischargedOn" varchar(10), "diagnosisCode" varchar(16))`);
    await queryRunner.query(`INSERT INTO "temporary_settlements"("id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket", "settlementNo") SELECT "id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket", "settlementNo" FROM "settlements"`);
    await queryRunner.query(`DROP TABLE "settlements"`);
    await queryRunner.query(`ALTER TABLE "temporary_settlements" RENAME TO "settlements"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlements_institution_no" ON "settlements" ("institutionCode", "settlementNo") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_region_id" ON "settlements" ("regionCode", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_person_year" ON "settlements" ("idNumber", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_settlements_person_year"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_region_id"`);
    await queryRunner.query(`DROP INDEX "uq_settlements_institution_no"`);
    await queryRunner.query(`ALTER TABLE "settlements" RENAME TO "temporary_settlements"`);
    await queryRunner.query(`CREATE TABLE "settlements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "settledOn" varchar(10) NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "visitType" varchar(32) NOT NULL, "inCounty" boolean NOT NULL, "identityCategories" varchar(255) NOT NULL, "totalCost" bigint NOT NULL, "inPolicyCost" bigint NOT NULL, "inCatalogueCost" bigint NOT NULL, "computed" varchar(500) NOT NULL, "flags" varchar(255) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "paidBasic" bigint NOT NULL, "paidCriticalIllness" bigint NOT NULL, "paidMedicalAid" bigint NOT NULL, "paidOther" bigint NOT NULL, "paidOutOfPocket" bigint NOT NULL, "settlementNo" varchar(64))`);
    await queryRunner.query(`INSERT INTO "settlements"("id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket", "settlementNo") SELECT "id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket", "settlementNo" FROM "temporary_settlements"`);
    await queryRunner.query(`DROP TABLE "temporary_settlements"`);
    await queryRunner.query(`CREATE INDEX "idx_settlements_person_year" ON "settlements" ("idNumber", "year") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_region_id" ON "settlements" ("regionCode", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlements_institution_no" ON "settlements" ("institutionCode", "settlementNo") `);
    await queryRunner.query(`DROP INDEX "uq_fraud_suspicions_hit"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_region_state"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_pool_rule"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_institution"`);
    await queryRunner.query(`DROP TABLE "fraud_suspicions"`);
  }
}
