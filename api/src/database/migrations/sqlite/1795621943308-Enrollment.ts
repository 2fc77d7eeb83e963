import { MigrationInterface, QueryRunner } from 'typeorm';

export class Enrollment1795621943308 implements MigrationInterface {
  name = 'Enrollment1795621943308';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "userId" integer NOT NULL, "username" varchar(64) NOT NULL, "filename" varchar(255) NOT NULL, "filePath" varchar(500) NOT NULL, "fileHash" varchar(64) NOT NULL, "params" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "totalRows" integer NOT NULL DEFAULT (0), "processedRows" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "counts" varchar(2000) NOT NULL DEFAULT ('{}'), "message" varchar(1000), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "startedAt" datetime(3), "finishedAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_import_jobs_region" ON "import_jobs" ("regionCode") `);
    await queryRunner.query(`CREATE TABLE "import_row_errors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "jobId" integer NOT NULL, "line" integer NOT NULL, "reason" varchar(500) NOT NULL, "raw" text NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_import_row_errors_job" ON "import_row_errors" ("jobId", "line") `);
    await queryRunner.query(`CREATE TABLE "beneficiaries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "birthDate" varchar(10) NOT NULL, "sex" varchar(8) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "identityCategories" varchar(255) NOT NULL, "sourceDepartment" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "exitedOn" varchar(10), "lastRosterMonth" varchar(7), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_beneficiaries_id_number" ON "beneficiaries" ("idNumber") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_pooling" ON "beneficiaries" ("poolingRegionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_region_id" ON "beneficiaries" ("regionCode", "id") `);
    await queryRunner.query(`CREATE TABLE "enrollments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer NOT NULL, "year" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "enrolled" boolean NOT NULL, "scheme" varchar(32), "criticalIllness" boolean NOT NULL DEFAULT (0), "commercialSupplementary" boolean NOT NULL DEFAULT (0), "subsidyCategory" varchar(32) NOT NULL DEFAULT ('none'), "subsidyAmount" integer NOT NULL DEFAULT (0), "paidOn" varchar(10), "notEnrolledReason" varchar(32), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_enrollments_region_year" ON "enrollments" ("regionCode", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrollments_person_year" ON "enrollments" ("beneficiaryId", "year") `);
    await queryRunner.query(`CREATE TABLE "verification_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "beneficiaryId" integer, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "month" varchar(7) NOT NULL, "differenceType" varchar(32) NOT NULL, "detail" varchar(2000) NOT NULL DEFAULT ('{}'), "deadline" varchar(10) NOT NULL, "outcome" varchar(32), "outcomeNote" varchar(500), "closedAt" datetime(3), "closedById" integer, "importJobId" integer, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_verification_tasks_region" ON "verification_tasks" ("regionCode", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_verification_tasks_month_person_type" ON "verification_tasks" ("month", "idNumber", "differenceType") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_verification_tasks_month_person_type"`);
    await queryRunner.query(`DROP INDEX "idx_verification_tasks_region"`);
    await queryRunner.query(`DROP TABLE "verification_tasks"`);
    await queryRunner.query(`DROP INDEX "uq_enrollments_person_year"`);
    await queryRunner.query(`DROP INDEX "idx_enrollments_region_year"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_pooling"`);
    await queryRunner.query(`DROP INDEX "uq_beneficiaries_id_number"`);
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
    await queryRunner.query(`DROP INDEX "idx_import_row_errors_job"`);
    await queryRunner.query(`DROP TABLE "import_row_errors"`);
    await queryRunner.query(`DROP INDEX "idx_import_jobs_region"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
  }
}
