import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceFollowUps1796571635949 implements MigrationInterface {
  name = 'ComplianceFollowUps1796571635949';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`compliance_actions\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`period\` varchar(7) NOT NULL, \`indicatorId\` varchar(8) NOT NULL, \`title\` varchar(200) NOT NULL, \`responsibleRegionCode\` varchar(12) NOT NULL, \`filedRegionCode\` varchar(12) NOT NULL, \`dueOn\` varchar(10) NOT NULL, \`reviewOn\` varchar(10) NULL, \`state\` varchar(16) NOT NULL, \`rectificationItemId\` int NULL, \`createdById\` int NULL, \`createdByName\` varchar(64) NULL, INDEX \`idx_compliance_actions_due\` (\`state\`, \`dueOn\`, \`id\`), INDEX \`idx_compliance_actions_responsible\` (\`responsibleRegionCode\`, \`state\`, \`dueOn\`), INDEX \`idx_compliance_actions_cell\` (\`regionCode\`, \`period\`, \`indicatorId\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`compliance_comments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`period\` varchar(7) NOT NULL, \`indicatorId\` varchar(8) NOT NULL, \`text\` text NOT NULL, \`authorId\` int NULL, \`authorName\` varchar(64) NULL, \`authorRegionCode\` varchar(12) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_compliance_comments_cell\` (\`regionCode\`, \`period\`, \`indicatorId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_compliance_comments_cell\` ON \`compliance_comments\``);
    await queryRunner.query(`DROP TABLE \`compliance_comments\``);
    await queryRunner.query(`DROP INDEX \`idx_compliance_actions_cell\` ON \`compliance_actions\``);
    await queryRunner.query(`DROP INDEX \`idx_compliance_actions_responsible\` ON \`compliance_actions\``);
    await queryRunner.query(`DROP INDEX \`idx_compliance_actions_due\` ON \`compliance_actions\``);
    await queryRunner.query(`DROP TABLE \`compliance_actions\``);
  }
}
