import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceResults1796571072474 implements MigrationInterface {
  name = 'ComplianceResults1796571072474';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "compliance_results" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "period" varchar(7) NOT NULL, "indicatorId" varchar(8) NOT NULL, "numerator" bigint NOT NULL, "denominator" bigint NOT NULL, "value" double, "status" varchar(8) NOT NULL, "threshold" double NOT NULL, "runId" integer NOT NULL, "computedAt" datetime NOT NULL, "snapshotId" integer, "liveNumerator" bigint, "liveDenominator" bigint, CONSTRAINT "UQ_compliance_results_cell" UNIQUE ("regionCode", "period", "indicatorId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_compliance_results_period" ON "compliance_results" ("period", "regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_compliance_results_period"`);
    await queryRunner.query(`DROP TABLE "compliance_results"`);
  }
}
