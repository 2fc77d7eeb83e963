import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobLeases1796584417603 implements MigrationInterface {
  name = 'JobLeases1796584417603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "list_write_marks" ("process" varchar(80) PRIMARY KEY NOT NULL, "generation" bigint NOT NULL, "updatedAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "sweep_slots" ("sweep" varchar(64) NOT NULL, "slot" varchar(24) NOT NULL, "owner" varchar(80) NOT NULL, "claimedAt" datetime(3) NOT NULL, PRIMARY KEY ("sweep", "slot"))`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_import_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "filename" varchar(255) NOT NULL, "filePath" varchar(500) NOT NULL, "fileHash" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "counts" varchar(2000) NOT NULL DEFAULT ('{}'), "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0), "leaseOwner" varchar(80), "leaseExpiresAt" datetime(3), "leaseHeartbeatAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "temporary_import_jobs"("id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts") SELECT "id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts" FROM "import_jobs"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`ALTER TABLE "temporary_import_jobs" RENAME TO "import_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_region" ON "import_jobs" ("regionCode") `);
    await queryRunner.query(`DROP INDEX "idx_background_jobs_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_background_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalUnits" integer NOT NULL DEFAULT (0), "processedUnits" integer NOT NULL DEFAULT (0), "result" text, "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0), "leaseOwner" varchar(80), "leaseExpiresAt" datetime(3), "leaseHeartbeatAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "temporary_background_jobs"("id", "kind", "regionCode", "userId", "username", "params", "status", "totalUnits", "processedUnits", "result", "message", "createdAt", "startedAt", "finishedAt", "attempts") SELECT "id", "kind", "regionCode", "userId", "username", "params", "status", "totalUnits", "processedUnits", "result", "message", "createdAt", "startedAt", "finishedAt", "attempts" FROM "background_jobs"`);
    await queryRunner.query(`DROP TABLE "background_jobs"`);
    await queryRunner.query(`ALTER TABLE "temporary_background_jobs" RENAME TO "background_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_background_jobs_region" ON "background_jobs" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_lease" ON "import_jobs" ("status", "leaseExpiresAt") `);
    await queryRunner.query(`CREATE INDEX "idx_background_jobs_lease" ON "background_jobs" ("status", "leaseExpiresAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_background_jobs_lease"`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_lease"`);
    await queryRunner.query(`DROP INDEX "idx_background_jobs_region"`);
    await queryRunner.query(`ALTER TABLE "background_jobs" RENAME TO "temporary_background_jobs"`);
    await queryRunner.query(`CREATE TABLE "background_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalUnits" integer NOT NULL DEFAULT (0), "processedUnits" integer NOT NULL DEFAULT (0), "result" text, "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`INSERT INTO "background_jobs"("id", "kind", "regionCode", "userId", "username", "params", "status", "totalUnits", "processedUnits", "result", "message", "createdAt", "startedAt", "finishedAt", "attempts") SELECT "id", "kind", "regionCode", "userId", "username", "params", "status", "totalUnits", "processedUnits", "result", "message", "createdAt", "startedAt", "finishedAt", "attempts" FROM "temporary_background_jobs"`);
    await queryRunner.query(`DROP TABLE "temporary_background_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_background_jobs_region" ON "background_jobs" ("regionCode") `);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_region"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" RENAME TO "temporary_import_jobs"`);
    await queryRunner.query(`CREATE TABLE "import_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "filename" varchar(255) NOT NULL, "filePath" varchar(500) NOT NULL, "fileHash" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "counts" varchar(2000) NOT NULL DEFAULT ('{}'), "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`INSERT INTO "import_jobs"("id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts") SELECT "id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts" FROM "temporary_import_jobs"`);
    await queryRunner.query(`DROP TABLE "temporary_import_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_region" ON "import_jobs" ("regionCode") `);
    await queryRunner.query(`DROP TABLE "sweep_slots"`);
    await queryRunner.query(`DROP TABLE "list_write_marks"`);
  }
}
