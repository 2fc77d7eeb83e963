import { MigrationInterface, QueryRunner } from 'typeorm';

export class BackgroundJobs1795642725797 implements MigrationInterface {
  name = 'BackgroundJobs1795642725797';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`background_jobs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(32) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`userId\` int NOT NULL, \`username\` varchar(64) NOT NULL, \`params\` varchar(1000) NOT NULL, \`status\` varchar(16) NOT NULL, \`totalUnits\` int NOT NULL DEFAULT '0', \`processedUnits\` int NOT NULL DEFAULT '0', \`result\` text NULL, \`message\` varchar(1000) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`startedAt\` datetime(3) NULL, \`finishedAt\` datetime(3) NULL, INDEX \`idx_background_jobs_region\` (\`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_background_jobs_region\` ON \`background_jobs\``);
    await queryRunner.query(`DROP TABLE \`background_jobs\``);
  }
}
