import { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementNumber1795629808506 implements MigrationInterface {
  name = 'SettlementNumber1795629808506';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_settlements_person_year"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_region_id"`);
    await queryRunner.query(`CREATE TABLE "temporary_settlements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "settledOn" varchar(10) NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "visitType" varchar(32) NOT NULL, "inCounty" boolean NOT NULL, "identityCategories" varchar(255) NOT NULL, "totalCost" bigint NOT NULL, "inPolicyCost" bigint NOT NULL, "inCatalogueCost" bigint NOT NULL, "computed" varchar(500) NOT NULL, "flags" varchar(255) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "paidBasic" bigint NOT NULL, "paidCriticalIllness" bigint NOT NULL, "paidMedicalAid" bigint NOT NULL, "paidOther" bigint NOT NULL, "paidOutOfPocket" bigint NOT NULL, "settlementNo" varchar(64))`);
    await queryRunner.query(`INSERT INTO "temporary_settlements"("id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket") SELECT "id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket" FROM "settlements"`);
    await queryRunner.query(`DROP TABLE "settlements"`);
    await queryRunner.query(`ALTER TABLE "temporary_settlements" RENAME TO "settlements"`);
    await queryRunner.query(`CREATE INDEX "idx_settlements_person_year" ON "settlements" ("idNumber", "year") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_region_id" ON "settlements" ("regionCode", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlements_institution_no" ON "settlements" ("institutionCode", "settlementNo") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_settlements_institution_no"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_person_year"`);
    await queryRunner.query(`ALTER TABLE "settlements" RENAME TO "temporary_settlements"`);
    await queryRunner.query(`CREATE TABLE "settlements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "settledOn" varchar(10) NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "visitType" varchar(32) NOT NULL, "inCounty" boolean NOT NULL, "identityCategories" varchar(255) NOT NULL, "totalCost" bigint NOT NULL, "inPolicyCost" bigint NOT NULL, "inCatalogueCost" bigint NOT NULL, "computed" varchar(500) NOT NULL, "flags" varchar(255) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "paidBasic" bigint NOT NULL, "paidCriticalIllness" bigint NOT NULL, "paidMedicalAid" bigint NOT NULL, "paidOther" bigint NOT NULL, "paidOutOfPocket" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "settlements"("id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket") SELECT "id", "idNumber", "name", "regionCode", "poolingRegionCode", "year", "settledOn", "institutionCode", "institutionName", "hospitalLevel", "visitType", "inCounty", "identityCategories", "totalCost", "inPolicyCost", "inCatalogueCost", "computed", "flags", "version", "createdAt", "paidBasic", "paidCriticalIllness", "paidMedicalAid", "paidOther", "paidOutOfPocket" FROM "temporary_settlements"`);
    await queryRunner.query(`DROP TABLE "temporary_settlements"`);
    await queryRunner.query(`CREATE INDEX "idx_settlements_region_id" ON "settlements" ("regionCode", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_person_year" ON "settlements" ("idNumber", "year") `);
  }
}
