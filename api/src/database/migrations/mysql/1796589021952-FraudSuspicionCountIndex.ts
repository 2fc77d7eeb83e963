import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudSuspicionCountIndex1796589021952 implements MigrationInterface {
  name = 'FraudSuspicionCountIndex1796589021952';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_region_state\` ON \`fraud_suspicions\``);
    await queryRunner.query(`CREATE INDEX \`idx_fraud_suspicions_region_state\` ON \`fraud_suspicions\` (\`regionCode\`, \`state\`, \`dueOn\`, \`claimedById\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_fraud_suspicions_region_state\` ON \`fraud_suspicions\``);
    await queryRunner.query(`CREATE INDEX \`idx_fraud_suspicions_region_state\` ON \`fraud_suspicions\` (\`regionCode\`, \`state\`, \`dueOn\`)`);
  }
}
