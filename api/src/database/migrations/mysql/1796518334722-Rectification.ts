import { MigrationInterface, QueryRunner } from 'typeorm';

export class Rectification1796518334722 implements MigrationInterface {
  name = 'Rectification1796518334722';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`rectification_campaigns\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`documentNo\` varchar(64) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`immediateDays\` int NOT NULL, \`transitionDueOn\` varchar(10) NOT NULL, \`startedOn\` varchar(10) NOT NULL, \`createdById\` int NOT NULL, INDEX \`idx_rectification_campaigns_region\` (\`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`rectification_items\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`campaignId\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`problemType\` varchar(32) NOT NULL, \`category\` varchar(16) NOT NULL, \`title\` varchar(200) NOT NULL, \`description\` text NULL, \`localPolicy\` varchar(500) NULL, \`source\` varchar(16) NOT NULL, \`sourceRef\` varchar(128) NULL, \`affectedPersons\` int NULL, \`amount\` bigint NULL, \`identifiedOn\` varchar(10) NOT NULL, \`dueOn\` varchar(10) NOT NULL, \`continuing\` tinyint NOT NULL DEFAULT 0, \`requestedDueOn\` varchar(10) NULL, \`supervised\` tinyint NOT NULL DEFAULT 0, \`supervisionLetterNo\` varchar(64) NULL, \`supervisionComment\` varchar(1000) NULL, \`supervisedBy\` varchar(64) NULL, \`supervisedAt\` datetime(3) NULL, \`responsibleRole\` varchar(64) NULL, \`measures\` text NULL, \`subTasksJson\` text NULL, \`state\` varchar(32) NOT NULL, \`closedAt\` datetime(3) NULL, \`createdById\` int NOT NULL, INDEX \`idx_rectification_items_campaign\` (\`campaignId\`), INDEX \`idx_rectification_items_region\` (\`regionCode\`), INDEX \`idx_rectification_items_supervised\` (\`supervised\`), INDEX \`idx_rectification_items_source\` (\`source\`, \`sourceRef\`), INDEX \`idx_rectification_items_state_due\` (\`state\`, \`dueOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_state_due\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_source\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_supervised\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_region\` ON \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_items_campaign\` ON \`rectification_items\``);
    await queryRunner.query(`DROP TABLE \`rectification_items\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_campaigns_region\` ON \`rectification_campaigns\``);
    await queryRunner.query(`DROP TABLE \`rectification_campaigns\``);
  }
}
