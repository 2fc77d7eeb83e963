import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyParameters1795620581385 implements MigrationInterface {
  name = 'PolicyParameters1795620581385';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "policy_parameters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "effectiveFrom" varchar(10) NOT NULL, "effectiveTo" varchar(10) NOT NULL, "document" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "updatedById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_policy_parameters_region" ON "policy_parameters" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_policy_parameters_region_year" ON "policy_parameters" ("regionCode", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_policy_parameters_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_policy_parameters_region"`);
    await queryRunner.query(`DROP TABLE "policy_parameters"`);
  }
}
