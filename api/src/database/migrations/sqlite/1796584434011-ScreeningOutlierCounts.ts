import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningOutlierCounts1796584434011 implements MigrationInterface {
  name = 'ScreeningOutlierCounts1796584434011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "screening_outlier_admissions" ("regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "institutionCode" varchar(32) NOT NULL, "institutionName" varchar(100) NOT NULL, "settlementCounty" varchar(12) NOT NULL, "admissions" integer NOT NULL, "fund" bigint NOT NULL, "lastSettlementId" integer NOT NULL, PRIMARY KEY ("regionCode", "year", "institutionCode"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "screening_outlier_admissions"`);
  }
}
