import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingTasks1796525693447 implements MigrationInterface {
  name = 'ReportingTasks1796525693447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "published_bulletin_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "month" varchar(7) NOT NULL, "regionCode" varchar(12) NOT NULL, "level" varchar(16) NOT NULL, "figures" text NOT NULL, "publishedBy" varchar(12) NOT NULL, "publishedAt" datetime(3) NOT NULL, "publishedById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_published_bulletin_lines_region" ON "published_bulletin_lines" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_published_bulletin_lines_month_region" ON "published_bulletin_lines" ("month", "regionCode") `);
    await queryRunner.query(`CREATE TABLE "reporting_tasks" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "duty" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "period" varchar(7) NOT NULL, "dueOn" varchar(10) NOT NULL, "dueSource" varchar(255) NOT NULL, "receivedAt" datetime(3), "onTime" boolean, "daysLate" integer, "fulfilledByResource" varchar(32), "fulfilledById" integer, "submittedById" integer)`);
    await queryRunner.query(`CREATE INDEX "idx_reporting_tasks_region" ON "reporting_tasks" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_reporting_tasks_period" ON "reporting_tasks" ("period") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reporting_tasks_duty_region_period" ON "reporting_tasks" ("duty", "regionCode", "period") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_reporting_tasks_duty_region_period"`);
    await queryRunner.query(`DROP INDEX "idx_reporting_tasks_period"`);
    await queryRunner.query(`DROP INDEX "idx_reporting_tasks_region"`);
    await queryRunner.query(`DROP TABLE "reporting_tasks"`);
    await queryRunner.query(`DROP INDEX "uq_published_bulletin_lines_month_region"`);
    await queryRunner.query(`DROP INDEX "idx_published_bulletin_lines_region"`);
    await queryRunner.query(`DROP TABLE "published_bulletin_lines"`);
  }
}
