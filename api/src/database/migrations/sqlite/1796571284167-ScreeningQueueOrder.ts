import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningQueueOrder1796571284167 implements MigrationInterface {
  name = 'ScreeningQueueOrder1796571284167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_fraud_suspicions_hit"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_region_state"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_pool_rule"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_institution"`);
    await queryRunner.query(`CREATE TABLE "temporary_fraud_suspicions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "runId" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "hitKey" varchar(64) NOT NULL, "institutionCode" varchar(32), "institutionName" varchar(100), "idNumber" varchar(18), "name" varchar(64), "settlementIds" text NOT NULL, "amountAtStake" bigint NOT NULL, "detail" varchar(1000) NOT NULL, "state" varchar(16) NOT NULL DEFAULT ('pending'), "dueOn" varchar(10), "dueApproximate" boolean NOT NULL DEFAULT (0), "claimedById" integer, "claimedAt" datetime, "dismissReason" varchar(32), "clueId" integer, "finished" boolean NOT NULL DEFAULT (0))`);
    await queryRunner.query(`INSERT INTO "temporary_fraud_suspicions"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId" FROM "fraud_suspicions"`);
    await queryRunner.query(`DROP TABLE "fraud_suspicions"`);
    await queryRunner.query(`ALTER TABLE "temporary_fraud_suspicions" RENAME TO "fraud_suspicions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_suspicions_hit" ON "fraud_suspicions" ("ruleId", "hitKey") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_region_state" ON "fraud_suspicions" ("regionCode", "state", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_pool_rule" ON "fraud_suspicions" ("poolingRegionCode", "year", "ruleId", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_institution" ON "fraud_suspicions" ("institutionCode", "state") `);
    await queryRunner.query(`CREATE TABLE "temporary_screening_rule_marks" ("regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "lastSettlementId" integer NOT NULL, "runId" integer NOT NULL, "markedAt" datetime NOT NULL DEFAULT (datetime('now')), "readFrom" datetime, "inputsHash" varchar(64), PRIMARY KEY ("regionCode", "year", "ruleId"))`);
    await queryRunner.query(`INSERT INTO "temporary_screening_rule_marks"("regionCode", "year", "ruleId", "lastSettlementId", "runId", "markedAt") SELECT "regionCode", "year", "ruleId", "lastSettlementId", "runId", "markedAt" FROM "screening_rule_marks"`);
    await queryRunner.query(`DROP TABLE "screening_rule_marks"`);
    await queryRunner.query(`ALTER TABLE "temporary_screening_rule_marks" RENAME TO "screening_rule_marks"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_rule_queue" ON "fraud_suspicions" ("ruleId", "finished", "dueOn", "id", "regionCode", "state") `);
    // 疑点 already finished (violation, dismissed) sort after the open ones
    await queryRunner.query(`UPDATE "fraud_suspicions" SET "finished" = 1 WHERE "state" IN ('violation', 'dismissed')`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_queue" ON "fraud_suspicions" ("finished", "dueOn", "id", "regionCode", "state", "ruleId", "institutionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_queue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_rule_queue"`);
    await queryRunner.query(`ALTER TABLE "screening_rule_marks" RENAME TO "temporary_screening_rule_marks"`);
    await queryRunner.query(`CREATE TABLE "screening_rule_marks" ("regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "lastSettlementId" integer NOT NULL, "runId" integer NOT NULL, "markedAt" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("regionCode", "year", "ruleId"))`);
    await queryRunner.query(`INSERT INTO "screening_rule_marks"("regionCode", "year", "ruleId", "lastSettlementId", "runId", "markedAt") SELECT "regionCode", "year", "ruleId", "lastSettlementId", "runId", "markedAt" FROM "temporary_screening_rule_marks"`);
    await queryRunner.query(`DROP TABLE "temporary_screening_rule_marks"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_pool_rule"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_region_state"`);
    await queryRunner.query(`DROP INDEX "uq_fraud_suspicions_hit"`);
    await queryRunner.query(`ALTER TABLE "fraud_suspicions" RENAME TO "temporary_fraud_suspicions"`);
    await queryRunner.query(`CREATE TABLE "fraud_suspicions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "runId" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "hitKey" varchar(64) NOT NULL, "institutionCode" varchar(32), "institutionName" varchar(100), "idNumber" varchar(18), "name" varchar(64), "settlementIds" text NOT NULL, "amountAtStake" bigint NOT NULL, "detail" varchar(1000) NOT NULL, "state" varchar(16) NOT NULL DEFAULT ('pending'), "dueOn" varchar(10), "dueApproximate" boolean NOT NULL DEFAULT (0), "claimedById" integer, "claimedAt" datetime, "dismissReason" varchar(32), "clueId" integer)`);
    await queryRunner.query(`INSERT INTO "fraud_suspicions"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId" FROM "temporary_fraud_suspicions"`);
    await queryRunner.query(`DROP TABLE "temporary_fraud_suspicions"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_institution" ON "fraud_suspicions" ("institutionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_pool_rule" ON "fraud_suspicions" ("poolingRegionCode", "year", "ruleId", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_region_state" ON "fraud_suspicions" ("regionCode", "state", "dueOn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_suspicions_hit" ON "fraud_suspicions" ("ruleId", "hitKey") `);
  }
}
