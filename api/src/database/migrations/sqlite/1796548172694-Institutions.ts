import { MigrationInterface, QueryRunner } from 'typeorm';

export class Institutions1796548172694 implements MigrationInterface {
  name = 'Institutions1796548172694';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "institution_status_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "institutionId" integer NOT NULL, "institutionCode" varchar(12) NOT NULL, "fromStatus" varchar(16) NOT NULL, "toStatus" varchar(16) NOT NULL, "effectiveOn" varchar(10) NOT NULL, "suspendedUntil" varchar(10), "caseId" integer, "caseNo" varchar(40), "decisionNo" varchar(64), "reason" varchar(500) NOT NULL, "byName" varchar(64) NOT NULL, "byUserId" integer, "liftedAt" datetime, "at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_institution_status_changes_case" ON "institution_status_changes" ("caseId") `);
    await queryRunner.query(`CREATE INDEX "idx_institution_status_changes_code" ON "institution_status_changes" ("institutionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_institution_status_changes_institution" ON "institution_status_changes" ("institutionId", "id") `);
    await queryRunner.query(`CREATE TABLE "institutions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "kind" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "ownership" varchar(16) NOT NULL, "regionCode" varchar(12) NOT NULL, "agreementStatus" varchar(16) NOT NULL DEFAULT ('active'), "suspendedUntil" varchar(10))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_institutions_code" ON "institutions" ("code") `);
    await queryRunner.query(`CREATE INDEX "idx_institutions_region_id" ON "institutions" ("regionCode", "id") `);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_name"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_pooling"`);
    await queryRunner.query(`DROP INDEX "uq_beneficiaries_id_number"`);
    await queryRunner.query(`CREATE TABLE "temporary_beneficiaries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "birthDate" varchar(10) NOT NULL, "sex" varchar(8) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "identityCategories" varchar(255) NOT NULL, "sourceDepartment" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "exitedOn" varchar(10), "lastRosterMonth" varchar(7), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "directSettlementSuspendedFrom" varchar(10), "directSettlementSuspendedUntil" varchar(10), "directSettlementSuspensionCaseNo" varchar(40), "directSettlementSuspensionCaseId" integer)`);
    await queryRunner.query(`INSERT INTO "temporary_beneficiaries"("id", "idNumber", "name", "birthDate", "sex", "regionCode", "poolingRegionCode", "identityCategories", "sourceDepartment", "status", "exitedOn", "lastRosterMonth", "version", "createdAt", "updatedAt") SELECT "id", "idNumber", "name", "birthDate", "sex", "regionCode", "poolingRegionCode", "identityCategories", "sourceDepartment", "status", "exitedOn", "lastRosterMonth", "version", "createdAt", "updatedAt" FROM "beneficiaries"`);
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
    await queryRunner.query(`ALTER TABLE "temporary_beneficiaries" RENAME TO "beneficiaries"`);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_name" ON "beneficiaries" ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_region_id" ON "beneficiaries" ("regionCode", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_pooling" ON "beneficiaries" ("poolingRegionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_beneficiaries_id_number" ON "beneficiaries" ("idNumber") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_beneficiaries_id_number"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_pooling"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_name"`);
    await queryRunner.query(`ALTER TABLE "beneficiaries" RENAME TO "temporary_beneficiaries"`);
    await queryRunner.query(`CREATE TABLE "beneficiaries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "birthDate" varchar(10) NOT NULL, "sex" varchar(8) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "identityCategories" varchar(255) NOT NULL, "sourceDepartment" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "exitedOn" varchar(10), "lastRosterMonth" varchar(7), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "beneficiaries"("id", "idNumber", "name", "birthDate", "sex", "regionCode", "poolingRegionCode", "identityCategories", "sourceDepartment", "status", "exitedOn", "lastRosterMonth", "version", "createdAt", "updatedAt") SELECT "id", "idNumber", "name", "birthDate", "sex", "regionCode", "poolingRegionCode", "identityCategories", "sourceDepartment", "status", "exitedOn", "lastRosterMonth", "version", "createdAt", "updatedAt" FROM "temporary_beneficiaries"`);
    await queryRunner.query(`DROP TABLE "temporary_beneficiaries"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_beneficiaries_id_number" ON "beneficiaries" ("idNumber") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_pooling" ON "beneficiaries" ("poolingRegionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_region_id" ON "beneficiaries" ("regionCode", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_name" ON "beneficiaries" ("name", "id") `);
    await queryRunner.query(`DROP INDEX "idx_institutions_region_id"`);
    await queryRunner.query(`DROP INDEX "uq_institutions_code"`);
    await queryRunner.query(`DROP TABLE "institutions"`);
    await queryRunner.query(`DROP INDEX "idx_institution_status_changes_institution"`);
    await queryRunner.query(`DROP INDEX "idx_institution_status_changes_code"`);
    await queryRunner.query(`DROP INDEX "idx_institution_status_changes_case"`);
    await queryRunner.query(`DROP TABLE "institution_status_changes"`);
  }
}
