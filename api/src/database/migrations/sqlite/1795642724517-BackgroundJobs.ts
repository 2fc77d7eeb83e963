import { MigrationInterface, QueryRunner } from 'typeorm';

export class BackgroundJobs1795642724517 implements MigrationInterface {
  name = 'BackgroundJobs1795642724517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "background_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalUnits" integer NOT NULL DEFAULT (0), "processedUnits" integer NOT NULL DEFAULT (0), "result" text, "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_background_jobs_region" ON "background_jobs" ("regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_background_jobs_region"`);
    await queryRunner.query(`DROP TABLE "background_jobs"`);
  }
}
