import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingDueRules1796536753590 implements MigrationInterface {
  name = 'ReportingDueRules1796536753590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reporting_due_rules" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "year" integer NOT NULL, "document" text NOT NULL, "approvedDocument" text, "state" varchar(32) NOT NULL DEFAULT ('draft'), "approvedAt" datetime(3), "updatedById" integer, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_reporting_due_rules_region" ON "reporting_due_rules" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reporting_due_rules_region_year" ON "reporting_due_rules" ("regionCode", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_reporting_due_rules_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_reporting_due_rules_region"`);
    await queryRunner.query(`DROP TABLE "reporting_due_rules"`);
  }
}
