import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudClues1796548218788 implements MigrationInterface {
  name = 'FraudClues1796548218788';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "fraud_clues" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "source" varchar(16) NOT NULL, "receivedOn" varchar(10) NOT NULL, "summary" varchar(1000) NOT NULL, "subjectType" varchar(16) NOT NULL, "institutionCode" varchar(12), "idNumber" varchar(18), "estimatedAmount" bigint, "reporterName" varchar(64), "reporterPhone" varchar(20), "verifyDueOn" varchar(10) NOT NULL, "verifyDueApproximate" boolean NOT NULL DEFAULT (0), "extended" boolean NOT NULL DEFAULT (0), "reporterNoticeDueOn" varchar(10), "reporterNotifiedOn" varchar(10), "decidedOn" varchar(10), "outcomeComment" varchar(1000), "caseId" integer, "state" varchar(16) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_fraud_clues_region" ON "fraud_clues" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_clues_received" ON "fraud_clues" ("receivedOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_clues_notice" ON "fraud_clues" ("reporterNoticeDueOn", "reporterNotifiedOn") `);
    await queryRunner.query(`CREATE INDEX "idx_fraud_clues_state_due" ON "fraud_clues" ("state", "verifyDueOn") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_clues_state_due"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_clues_notice"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_clues_received"`);
    await queryRunner.query(`DROP INDEX "idx_fraud_clues_region"`);
    await queryRunner.query(`DROP TABLE "fraud_clues"`);
  }
}
