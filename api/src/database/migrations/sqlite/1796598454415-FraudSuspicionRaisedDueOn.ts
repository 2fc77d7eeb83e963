import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudSuspicionRaisedDueOn1796598454415 implements MigrationInterface {
  name = 'FraudSuspicionRaisedDueOn1796598454415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_region_state"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_queue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_rule_queue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_pool_rule"`);
    await queryRunner.query(`DROP INDEX "uq_fraud_suspicions_hit"`);
    await queryRunner.query(`CREATE TABLE "temporary_fraud_suspicions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "runId" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "hitKey" varchar(64) NOT NULL, "institutionCode" varchar(32), "institutionName" varchar(100), "idNumber" varchar(18), "name" varchar(64), "settlementIds" text NOT NULL, "amountAtStake" bigint NOT NULL, "detail" varchar(1000) NOT NULL, "state" varchar(16) NOT NULL DEFAULT ('pending'), "dueOn" varchar(10), "dueApproximate" boolean NOT NULL DEFAULT (0), "claimedById" integer, "claimedAt" datetime, "dismissReason" varchar(32), "clueId" integer, "finished" boolean NOT NULL DEFAULT (0), "raisedDueOn" varchar(10))`);
    await queryRunner.query(`INSERT INTO "temporary_fraud_suspicions"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId", "finished") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId", "finished" FROM "fraud_suspicions"`);
    await queryRunner.query(`DROP TABLE "fraud_suspicions"`);
    await queryRunner.query(`ALTER TABLE "temporary_fraud_suspicions" RENAME TO "fraud_suspicions"`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_region_state" ON "fraud_suspicions" ("regionCode", "state", "dueOn", "claimedById") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_queue" ON "fraud_suspicions" ("finished", "dueOn", "id", "regionCode", "state", "ruleId", "institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_rule_queue" ON "fraud_suspicions" ("ruleId", "finished", "dueOn", "id", "regionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_institution" ON "fraud_suspicions" ("institutionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_pool_rule" ON "fraud_suspicions" ("poolingRegionCode", "year", "ruleId", "state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_suspicions_hit" ON "fraud_suspicions" ("ruleId", "hitKey") `);
    // a 疑点 still in its first stage (no transition yet) carries the due date its screening run set
    await queryRunner.query(
      `UPDATE "fraud_suspicions" SET "raisedDueOn" = "dueOn" WHERE "state" = 'pending' AND NOT EXISTS (SELECT 1 FROM "workflow_transitions" w WHERE w."resource" = 'fraud-suspicions' AND w."recordId" = "fraud_suspicions"."id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_fraud_suspicions_hit"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_pool_rule"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_institution"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_rule_queue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_queue"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_region_state"`);
    await queryRunner.query(`ALTER TABLE "fraud_suspicions" RENAME TO "temporary_fraud_suspicions"`);
    await queryRunner.query(`CREATE TABLE "fraud_suspicions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "runId" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "hitKey" varchar(64) NOT NULL, "institutionCode" varchar(32), "institutionName" varchar(100), "idNumber" varchar(18), "name" varchar(64), "settlementIds" text NOT NULL, "amountAtStake" bigint NOT NULL, "detail" varchar(1000) NOT NULL, "state" varchar(16) NOT NULL DEFAULT ('pending'), "dueOn" varchar(10), "dueApproximate" boolean NOT NULL DEFAULT (0), "claimedById" integer, "claimedAt" datetime, "dismissReason" varchar(32), "clueId" integer, "finished" boolean NOT NULL DEFAULT (0))`);
    await queryRunner.query(`INSERT INTO "fraud_suspicions"("version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId", "finished") SELECT "version", "createdAt", "updatedAt", "stateChangedAt", "id", "regionCode", "poolingRegionCode", "year", "runId", "ruleId", "hitKey", "institutionCode", "institutionName", "idNumber", "name", "settlementIds", "amountAtStake", "detail", "state", "dueOn", "dueApproximate", "claimedById", "claimedAt", "dismissReason", "clueId", "finished" FROM "temporary_fraud_suspicions"`);
    await queryRunner.query(`DROP TABLE "temporary_fraud_suspicions"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fraud_suspicions_hit" ON "fraud_suspicions" ("ruleId", "hitKey") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_pool_rule" ON "fraud_suspicions" ("poolingRegionCode", "year", "ruleId", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_institution" ON "fraud_suspicions" ("institutionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_rule_queue" ON "fraud_suspicions" ("ruleId", "finished", "dueOn", "id", "regionCode", "state") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_queue" ON "fraud_suspicions" ("finished", "dueOn", "id", "regionCode", "state", "ruleId", "institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_suspicions_region_state" ON "fraud_suspicions" ("regionCode", "state", "dueOn", "claimedById") `);
  }
}
