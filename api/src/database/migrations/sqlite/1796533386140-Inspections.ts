import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1796533386140 implements MigrationInterface {
  name = 'Inspections1796533386140';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inspection_findings" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "inspectionId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "area" varchar(16) NOT NULL, "indicatorId" varchar(16), "severity" varchar(16) NOT NULL, "disposition" varchar(16) NOT NULL DEFAULT ('none'), "rectificationItemId" integer, "accountabilityRecordId" integer, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_inspection_findings_inspection" ON "inspection_findings" ("inspectionId") `);
    await queryRunner.query(`CREATE INDEX "idx_inspection_findings_region" ON "inspection_findings" ("regionCode") `);
    await queryRunner.query(`CREATE TABLE "inspections" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "inspectingRegionCode" varchar(12) NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(100) NOT NULL, "plannedFrom" varchar(10) NOT NULL, "plannedTo" varchar(10) NOT NULL, "teamLeader" varchar(64) NOT NULL, "members" varchar(500), "areas" varchar(100) NOT NULL, "noticeNo" varchar(64), "responseDays" integer NOT NULL DEFAULT (60), "feedbackSentOn" varchar(10), "responseDueOn" varchar(10), "state" varchar(16) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_inspections_region" ON "inspections" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_inspections_inspecting_region" ON "inspections" ("inspectingRegionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_inspections_state_changed" ON "inspections" ("state", "stateChangedAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_inspections_state_changed"`);
    await queryRunner.query(`DROP INDEX "idx_inspections_inspecting_region"`);
    await queryRunner.query(`DROP INDEX "idx_inspections_region"`);
    await queryRunner.query(`DROP TABLE "inspections"`);
    await queryRunner.query(`DROP INDEX "idx_inspection_findings_region"`);
    await queryRunner.query(`DROP INDEX "idx_inspection_findings_inspection"`);
    await queryRunner.query(`DROP TABLE "inspection_findings"`);
  }
}
