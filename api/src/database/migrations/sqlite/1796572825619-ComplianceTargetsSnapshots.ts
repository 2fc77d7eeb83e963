import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceTargetsSnapshots1796572825619 implements MigrationInterface {
  name = 'ComplianceTargetsSnapshots1796572825619';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "compliance_snapshots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "period" varchar(7) NOT NULL, "hash" varchar(64) NOT NULL, "resultCount" integer NOT NULL, "frozenById" integer NOT NULL, "frozenBy" varchar(64) NOT NULL, "frozenAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_compliance_snapshots_region" ON "compliance_snapshots" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_compliance_snapshots_region_period" ON "compliance_snapshots" ("regionCode", "period") `);
    await queryRunner.query(`CREATE TABLE "compliance_target_sets" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "year" integer NOT NULL, "document" text NOT NULL, "approvedDocument" text, "state" varchar(32) NOT NULL DEFAULT ('draft'), "approvedAt" datetime(3), "updatedById" integer, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_compliance_target_sets_region" ON "compliance_target_sets" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_compliance_target_sets_region_year" ON "compliance_target_sets" ("regionCode", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_compliance_target_sets_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_compliance_target_sets_region"`);
    await queryRunner.query(`DROP TABLE "compliance_target_sets"`);
    await queryRunner.query(`DROP INDEX "uq_compliance_snapshots_region_period"`);
    await queryRunner.query(`DROP INDEX "idx_compliance_snapshots_region"`);
    await queryRunner.query(`DROP TABLE "compliance_snapshots"`);
  }
}
