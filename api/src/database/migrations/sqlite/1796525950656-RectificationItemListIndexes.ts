import { MigrationInterface, QueryRunner } from 'typeorm';

export class RectificationItemListIndexes1796525950656 implements MigrationInterface {
  name = 'RectificationItemListIndexes1796525950656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_rectification_items_supervised"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_campaign"`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_open_due" ON "rectification_items" ("closedAt", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_supervised_due" ON "rectification_items" ("supervised", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_category_due" ON "rectification_items" ("category", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_campaign_due" ON "rectification_items" ("campaignId", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_due" ON "rectification_items" ("dueOn", "id", "regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_rectification_items_due"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_campaign_due"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_category_due"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_supervised_due"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_open_due"`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_campaign" ON "rectification_items" ("campaignId") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_supervised" ON "rectification_items" ("supervised") `);
  }
}
