import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountabilityRecords1796525944047 implements MigrationInterface {
  name = 'AccountabilityRecords1796525944047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "accountability_records" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "subjectType" varchar(16) NOT NULL, "subjectName" varchar(64) NOT NULL, "unit" varchar(100) NOT NULL, "post" varchar(64), "conduct" varchar(32) NOT NULL, "facts" text NOT NULL, "sourceType" varchar(32) NOT NULL, "sourceId" integer, "measures" varchar(255) NOT NULL, "basis" varchar(500) NOT NULL, "proposedBy" varchar(64) NOT NULL, "decidedBy" varchar(100), "decisionNo" varchar(64), "decidedOn" varchar(10), "effectMonths" integer, "effectEndsOn" varchar(10), "executedOn" varchar(10), "appealFiledOn" varchar(10), "appealOutcome" varchar(16), "appealDecidedOn" varchar(10), "published" boolean NOT NULL DEFAULT (0), "state" varchar(16) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_accountability_records_region" ON "accountability_records" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_accountability_records_state_decided" ON "accountability_records" ("state", "decidedOn") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_accountability_records_state_decided"`);
    await queryRunner.query(`DROP INDEX "idx_accountability_records_region"`);
    await queryRunner.query(`DROP TABLE "accountability_records"`);
  }
}
