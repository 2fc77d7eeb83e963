import { MigrationInterface, QueryRunner } from 'typeorm';

export class CostWarningPoolingRegion1796494790013 implements MigrationInterface {
  name = 'CostWarningPoolingRegion1796494790013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_cost_warnings_person_year"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_region"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_state"`);
    await queryRunner.query(`CREATE TABLE "temporary_cost_warnings" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "identityCategories" varchar(255) NOT NULL, "burdenFen" bigint NOT NULL, "thresholdFen" bigint NOT NULL, "settlementCount" integer NOT NULL, "department" varchar(32) NOT NULL, "state" varchar(16) NOT NULL, "stateChangedAt" datetime(3) NOT NULL, "measures" text NOT NULL, "lastPushId" integer, "poolingRegionCode" varchar(12) NOT NULL)`);
    // existing warnings: the pooling region of their county (市级统筹: the city, first four digits + 00)
    await queryRunner.query(`INSERT INTO "temporary_cost_warnings"("version", "createdAt", "updatedAt", "id", "beneficiaryId", "idNumber", "name", "regionCode", "year", "identityCategories", "burdenFen", "thresholdFen", "settlementCount", "department", "state", "stateChangedAt", "measures", "lastPushId", "poolingRegionCode") SELECT "version", "createdAt", "updatedAt", "id", "beneficiaryId", "idNumber", "name", "regionCode", "year", "identityCategories", "burdenFen", "thresholdFen", "settlementCount", "department", "state", "stateChangedAt", "measures", "lastPushId", substr("regionCode", 1, 4) || '00' FROM "cost_warnings"`);
    await queryRunner.query(`DROP TABLE "cost_warnings"`);
    await queryRunner.query(`ALTER TABLE "temporary_cost_warnings" RENAME TO "cost_warnings"`);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_region" ON "cost_warnings" ("regionCode", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_state" ON "cost_warnings" ("state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cost_warnings_person_year_pooling" ON "cost_warnings" ("idNumber", "year", "poolingRegionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_cost_warnings_person_year_pooling"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_state"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_region"`);
    await queryRunner.query(`ALTER TABLE "cost_warnings" RENAME TO "temporary_cost_warnings"`);
    await queryRunner.query(`CREATE TABLE "cost_warnings" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "identityCategories" varchar(255) NOT NULL, "burdenFen" bigint NOT NULL, "thresholdFen" bigint NOT NULL, "settlementCount" integer NOT NULL, "department" varchar(32) NOT NULL, "state" varchar(16) NOT NULL, "stateChangedAt" datetime(3) NOT NULL, "measures" text NOT NULL, "lastPushId" integer)`);
    await queryRunner.query(`INSERT INTO "cost_warnings"("version", "createdAt", "updatedAt", "id", "beneficiaryId", "idNumber", "name", "regionCode", "year", "identityCategories", "burdenFen", "thresholdFen", "settlementCount", "department", "state", "stateChangedAt", "measures", "lastPushId") SELECT "version", "createdAt", "updatedAt", "id", "beneficiaryId", "idNumber", "name", "regionCode", "year", "identityCategories", "burdenFen", "thresholdFen", "settlementCount", "department", "state", "stateChangedAt", "measures", "lastPushId" FROM "temporary_cost_warnings"`);
    await queryRunner.query(`DROP TABLE "temporary_cost_warnings"`);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_state" ON "cost_warnings" ("state") `);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_region" ON "cost_warnings" ("regionCode", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cost_warnings_person_year" ON "cost_warnings" ("idNumber", "year") `);
  }
}
