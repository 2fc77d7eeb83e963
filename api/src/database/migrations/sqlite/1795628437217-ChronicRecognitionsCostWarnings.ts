import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChronicRecognitionsCostWarnings1795628437217 implements MigrationInterface {
  name = 'ChronicRecognitionsCostWarnings1795628437217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "chronic_recognitions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "diseaseCode" varchar(8) NOT NULL, "hospitalCode" varchar(32) NOT NULL, "hospitalName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "physicians" varchar(500) NOT NULL, "recognizedOn" varchar(10) NOT NULL, "status" varchar(16) NOT NULL, "revokedOn" varchar(10), "revokeReason" varchar(500), "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_chronic_recognitions_hospital_date" ON "chronic_recognitions" ("hospitalCode", "recognizedOn") `);
    await queryRunner.query(`CREATE INDEX "idx_chronic_recognitions_person" ON "chronic_recognitions" ("idNumber", "diseaseCode") `);
    await queryRunner.query(`CREATE INDEX "idx_chronic_recognitions_region" ON "chronic_recognitions" ("regionCode", "id") `);
    await queryRunner.query(`CREATE TABLE "cost_warnings" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "identityCategories" varchar(255) NOT NULL, "burdenFen" bigint NOT NULL, "thresholdFen" bigint NOT NULL, "settlementCount" integer NOT NULL, "department" varchar(32) NOT NULL, "state" varchar(16) NOT NULL, "stateChangedAt" datetime(3) NOT NULL, "measures" text NOT NULL, "lastPushId" integer)`);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_state" ON "cost_warnings" ("state") `);
    await queryRunner.query(`CREATE INDEX "idx_cost_warnings_region" ON "cost_warnings" ("regionCode", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cost_warnings_person_year" ON "cost_warnings" ("idNumber", "year") `);
    await queryRunner.query(`CREATE TABLE "cost_warning_pushes" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "month" varchar(7) NOT NULL, "department" varchar(32) NOT NULL, "warningIds" text NOT NULL, "warningCount" integer NOT NULL, "pushedById" integer NOT NULL, "receivedAt" datetime(3), "receivedBy" varchar(64), "receiptNote" varchar(500))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cost_warning_pushes_region_month_dept" ON "cost_warning_pushes" ("regionCode", "month", "department") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_cost_warning_pushes_region_month_dept"`);
    await queryRunner.query(`DROP TABLE "cost_warning_pushes"`);
    await queryRunner.query(`DROP INDEX "uq_cost_warnings_person_year"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_region"`);
    await queryRunner.query(`DROP INDEX "idx_cost_warnings_state"`);
    await queryRunner.query(`DROP TABLE "cost_warnings"`);
    await queryRunner.query(`DROP INDEX "idx_chronic_recognitions_region"`);
    await queryRunner.query(`DROP INDEX "idx_chronic_recognitions_person"`);
    await queryRunner.query(`DROP INDEX "idx_chronic_recognitions_hospital_date"`);
    await queryRunner.query(`DROP TABLE "chronic_recognitions"`);
  }
}
