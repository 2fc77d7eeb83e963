import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudSuspicionRaisedDueOn1796598460670 implements MigrationInterface {
  name = 'FraudSuspicionRaisedDueOn1796598460670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`fraud_suspicions\` ADD \`raisedDueOn\` varchar(10) NULL`);
    // a 疑点 still in its first stage (no transition yet) carries the due date its screening run set
    await queryRunner.query(
      `UPDATE \`fraud_suspicions\` SET \`raisedDueOn\` = \`dueOn\` WHERE \`state\` = 'pending' AND NOT EXISTS (SELECT 1 FROM \`workflow_transitions\` w WHERE w.\`resource\` = 'fraud-suspicions' AND w.\`recordId\` = \`fraud_suspicions\`.\`id\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`fraud_suspicions\` DROP COLUMN \`raisedDueOn\``);
  }
}
