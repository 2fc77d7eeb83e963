import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningParameters1796560273815 implements MigrationInterface {
  name = 'ScreeningParameters1796560273815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "screening_parameters" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "year" integer NOT NULL, "document" text NOT NULL, "approvedDocument" text, "state" varchar(32) NOT NULL DEFAULT ('draft'), "approvedAt" datetime(3), "updatedById" integer, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_screening_parameters_region" ON "screening_parameters" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_screening_parameters_region_year" ON "screening_parameters" ("regionCode", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_screening_parameters_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_screening_parameters_region"`);
    await queryRunner.query(`DROP TABLE "screening_parameters"`);
  }
}
