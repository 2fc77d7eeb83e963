import { MigrationInterface, QueryRunner } from 'typeorm';

export class RectificationItemFilterIndexes1796536729048 implements MigrationInterface {
  name = 'RectificationItemFilterIndexes1796536729048';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_region\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_state_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_open_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_supervised_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_category_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_campaign_due\` ON \`rectification_items\``);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_region\` ON \`rectification_items\` (\`regionCode\`, \`campaignId\`, \`state\`, \`category\`, \`supervised\`, \`closedAt\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_open_due\` ON \`rectification_items\` (\`closedAt\`, \`dueOn\`, \`id\`, \`regionCode\`, \`state\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_supervised_due\` ON \`rectification_items\` (\`supervised\`, \`dueOn\`, \`id\`, \`regionCode\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_category_due\` ON \`rectification_items\` (\`category\`, \`dueOn\`, \`id\`, \`regionCode\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_campaign_state_due\` ON \`rectification_items\` (\`campaignId\`, \`state\`, \`dueOn\`, \`id\`, \`regionCode\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_campaign_due\` ON \`rectification_items\` (\`campaignId\`, \`dueOn\`, \`id\`, \`regionCode\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_state_due\` ON \`rectification_items\` (\`state\`, \`dueOn\`, \`id\`, \`regionCode\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_state_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_campaign_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_campaign_state_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_category_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_supervised_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_open_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_region\` ON \`rectification_items\``);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_campaign_due\` ON \`rectification_items\` (\`campaignId\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_category_due\` ON \`rectification_items\` (\`category\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_supervised_due\` ON \`rectification_items\` (\`supervised\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_open_due\` ON \`rectification_items\` (\`closedAt\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_state_due\` ON \`rectification_items\` (\`state\`, \`dueOn\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_rectification_items_region\` ON \`rectification_items\` (\`regionCode\`)`);
  }
}
