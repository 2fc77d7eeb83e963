import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParameterSetApproval1795627410449 implements MigrationInterface {
  name = 'ParameterSetApproval1795627410449';

  // Hand edit: parameters that existed before the approval workflow were in force, so they move over approved.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "subsidy_standards" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "year" integer NOT NULL, "document" text NOT NULL, "approvedDocument" text, "state" varchar(32) NOT NULL DEFAULT ('draft'), "stateChangedAt" datetime(3) NOT NULL, "approvedAt" datetime(3), "updatedById" integer, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_subsidy_standards_region" ON "subsidy_standards" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_subsidy_standards_region_year" ON "subsidy_standards" ("regionCode", "year") `);
    await queryRunner.query(`DROP INDEX "uq_policy_parameters_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_policy_parameters_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_policy_parameters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "effectiveFrom" varchar(10) NOT NULL, "effectiveTo" varchar(10) NOT NULL, "document" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "updatedById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "approvedDocument" text, "state" varchar(32) NOT NULL DEFAULT ('draft'), "stateChangedAt" datetime(3) NOT NULL, "approvedAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "temporary_policy_parameters"("id", "regionCode", "year", "effectiveFrom", "effectiveTo", "document", "version", "updatedById", "createdAt", "updatedAt", "approvedDocument", "state", "stateChangedAt", "approvedAt") SELECT "id", "regionCode", "year", "effectiveFrom", "effectiveTo", "document", "version", "updatedById", "createdAt", "updatedAt", "document", 'approved', "updatedAt", "updatedAt" FROM "policy_parameters"`);
    await queryRunner.query(`DROP TABLE "policy_parameters"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_parameters" RENAME TO "policy_parameters"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_policy_parameters_region_year" ON "policy_parameters" ("regionCode", "year") `);
    await queryRunner.query(`CREATE INDEX "idx_policy_parameters_region" ON "policy_parameters" ("regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_policy_parameters_region"`);
    await queryRunner.query(`DROP INDEX "uq_policy_parameters_region_year"`);
    await queryRunner.query(`ALTER TABLE "policy_parameters" RENAME TO "temporary_policy_parameters"`);
    await queryRunner.query(`CREATE TABLE "policy_parameters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "effectiveFrom" varchar(10) NOT NULL, "effectiveTo" varchar(10) NOT NULL, "document" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "updatedById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "policy_parameters"("id", "regionCode", "year", "effectiveFrom", "effectiveTo", "document", "version", "updatedById", "createdAt", "updatedAt") SELECT "id", "regionCode", "year", "effectiveFrom", "effectiveTo", "document", "version", "updatedById", "createdAt", "updatedAt" FROM "temporary_policy_parameters"`);
    await queryRunner.query(`DROP TABLE "temporary_policy_parameters"`);
    await queryRunner.query(`CREATE INDEX "idx_policy_parameters_region" ON "policy_parameters" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_policy_parameters_region_year" ON "policy_parameters" ("regionCode", "year") `);
    await queryRunner.query(`DROP INDEX "uq_subsidy_standards_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_subsidy_standards_region"`);
    await queryRunner.query(`DROP TABLE "subsidy_standards"`);
  }
}
