import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningQueueOrder1796571285644 implements MigrationInterface {
  name = 'ScreeningQueueOrder1796571285644';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`fraud_suspicions\` ADD \`finished\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`screening_rule_marks\` ADD \`readFrom\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`screening_rule_marks\` ADD \`inputsHash\` varchar(64) NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_fraud_suspicions_rule_queue\` ON \`fraud_suspicions\` (\`ruleId\`, \`finished\`, \`dueOn\`, \`id\`, \`regionCode\`, \`state\`)`);
    // 疑点 already finished (violation, dismissed) sort after the open ones
    await queryRunner.query(`UPDATE \`fraud_suspicions\` SET \`finished\` = 1 WHERE \`state\` IN ('violation', 'dismissed')`);
    await queryRunner.query(`CREATE INDEX \`idx_fraud_suspicions_queue\` ON \`fraud_suspicions\` (\`finished\`, \`dueOn\`, \`id\`, \`regionCode\`, \`state\`, \`ruleId\`, \`institutionCode\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_queue\` ON \`fraud_suspicions\``);
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_rule_queue\` ON \`fraud_suspicions\``);
    await queryRunner.query(`ALTER TABLE \`screening_rule_marks\` DROP COLUMN \`inputsHash\``);
    await queryRunner.query(`ALTER TABLE \`screening_rule_marks\` DROP COLUMN \`readFrom\``);
    await queryRunner.query(`ALTER TABLE \`fraud_suspicions\` DROP COLUMN \`finished\``);
  }
}
