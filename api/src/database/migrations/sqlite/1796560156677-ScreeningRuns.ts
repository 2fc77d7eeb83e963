import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningRuns1796560156677 implements MigrationInterface {
  name = 'ScreeningRuns1796560156677';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "screening_rule_marks" ("regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "ruleId" varchar(32) NOT NULL, "lastSettlementId" integer NOT NULL, "runId" integer NOT NULL, "markedAt" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("regionCode", "year", "ruleId"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "screening_rule_marks"`);
  }
}
