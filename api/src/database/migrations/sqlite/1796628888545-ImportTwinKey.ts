import { MigrationInterface, QueryRunner } from 'typeorm';

/** import_jobs.twinKey: one unfinished import of a file with the same kind and parameters across API processes (ImportsService). */
export class ImportTwinKey1796628888545 implements MigrationInterface {
  name = 'ImportTwinKey1796628888545';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_import_jobs_lease"`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_import_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "filename" varchar(255) NOT NULL, "filePath" varchar(500) NOT NULL, "fileHash" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "counts" varchar(2000) NOT NULL DEFAULT ('{}'), "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0), "leaseOwner" varchar(80), "leaseExpiresAt" datetime(3), "leaseHeartbeatAt" datetime(3), "twinKey" varchar(64))`);
    await queryRunner.query(`INSERT INTO "temporary_import_jobs"("id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts", "leaseOwner", "leaseExpiresAt", "leaseHeartbeatAt") SELECT "id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts", "leaseOwner", "leaseExpiresAt", "leaseHeartbeatAt" FROM "import_jobs"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`ALTER TABLE "temporary_import_jobs" RENAME TO "import_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_lease" ON "import_jobs" ("status", "leaseExpiresAt") `);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_region" ON "import_jobs" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_import_jobs_twin" ON "import_jobs" ("twinKey") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_import_jobs_twin"`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_region"`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_lease"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" RENAME TO "temporary_import_jobs"`);
    await queryRunner.query(`CREATE TABLE "import_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "filename" varchar(255) NOT NULL, "filePath" varchar(500) NOT NULL, "fileHash" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "counts" varchar(2000) NOT NULL DEFAULT ('{}'), "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0), "leaseOwner" varchar(80), "leaseExpiresAt" datetime(3), "leaseHeartbeatAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "import_jobs"("id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts", "leaseOwner", "leaseExpiresAt", "leaseHeartbeatAt") SELECT "id", "kind", "regionCode", "userId", "username", "filename", "filePath", "fileHash", "params", "status", "totalRows", "processedRows", "errorCount", "counts", "message", "createdAt", "startedAt", "finishedAt", "attempts", "leaseOwner", "leaseExpiresAt", "leaseHeartbeatAt" FROM "temporary_import_jobs"`);
    await queryRunner.query(`DROP TABLE "temporary_import_jobs"`);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_region" ON "import_jobs" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_lease" ON "import_jobs" ("status", "leaseExpiresAt") `);
  }
}
