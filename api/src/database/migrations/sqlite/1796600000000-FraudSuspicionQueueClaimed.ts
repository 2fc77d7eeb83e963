import { MigrationInterface, QueryRunner } from 'typeorm';

/** claimedById joins the queue index: a page of unclaimed 疑点 walks it for ids without reading rows. */
export class FraudSuspicionQueueClaimed1796600000000 implements MigrationInterface {
  name = 'FraudSuspicionQueueClaimed1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_queue"`);
    await queryRunner.query(
      `CREATE INDEX "idx_fraud_suspicions_queue" ON "fraud_suspicions" ("finished", "dueOn", "id", "regionCode", "state", "ruleId", "institutionCode", "claimedById") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_fraud_suspicions_queue"`);
    await queryRunner.query(
      `CREATE INDEX "idx_fraud_suspicions_queue" ON "fraud_suspicions" ("finished", "dueOn", "id", "regionCode", "state", "ruleId", "institutionCode") `,
    );
  }
}
