import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessLogs1796493431477 implements MigrationInterface {
  name = 'AccessLogs1796493431477';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`access_logs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime(3) NOT NULL, \`userId\` int NULL, \`username\` varchar(64) NULL, \`role\` varchar(32) NULL, \`regionCode\` varchar(12) NULL, \`kind\` varchar(16) NOT NULL, \`resource\` varchar(64) NOT NULL, \`resourceId\` varchar(64) NULL, \`method\` varchar(8) NOT NULL, \`route\` varchar(200) NOT NULL, \`statusCode\` int NOT NULL, \`detail\` varchar(200) NULL, \`ip\` varchar(64) NULL, INDEX \`idx_access_logs_username\` (\`username\`), INDEX \`idx_access_logs_region\` (\`regionCode\`), INDEX \`idx_access_logs_kind\` (\`kind\`), INDEX \`idx_access_logs_resource\` (\`resource\`, \`resourceId\`), INDEX \`idx_access_logs_at\` (\`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_access_logs_at\` ON \`access_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_access_logs_resource\` ON \`access_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_access_logs_kind\` ON \`access_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_access_logs_region\` ON \`access_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_access_logs_username\` ON \`access_logs\``);
    await queryRunner.query(`DROP TABLE \`access_logs\``);
  }
}
