import { MigrationInterface, QueryRunner } from 'typeorm';

export class Settlements1795623433163 implements MigrationInterface {
  name = 'Settlements1795623433163';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "settlements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "idNumber" varchar(18) NOT NULL, "name" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "poolingRegionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "settledOn" varchar(10) NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "hospitalLevel" varchar(16) NOT NULL, "visitType" varchar(32) NOT NULL, "inCounty" boolean NOT NULL, "identityCategories" varchar(255) NOT NULL, "totalCost" bigint NOT NULL, "inPolicyCost" bigint NOT NULL, "inCatalogueCost" bigint NOT NULL, "recorded" varchar(500) NOT NULL, "computed" varchar(500) NOT NULL, "flags" varchar(255) NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_settlements_person_year" ON "settlements" ("idNumber", "year") `);
    await queryRunner.query(`CREATE INDEX "idx_settlements_region_id" ON "settlements" ("regionCode", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_settlements_region_id"`);
    await queryRunner.query(`DROP INDEX "idx_settlements_person_year"`);
    await queryRunner.query(`DROP TABLE "settlements"`);
  }
}
