import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingTasks1796525707927 implements MigrationInterface {
  name = 'ReportingTasks1796525707927';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`published_bulletin_lines\` (\`id\` int NOT NULL AUTO_INCREMENT, \`month\` varchar(7) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`level\` varchar(16) NOT NULL, \`figures\` text NOT NULL, \`publishedBy\` varchar(12) NOT NULL, \`publishedAt\` datetime(3) NOT NULL, \`publishedById\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_published_bulletin_lines_region\` (\`regionCode\`), UNIQUE INDEX \`uq_published_bulletin_lines_month_region\` (\`month\`, \`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`reporting_tasks\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`duty\` varchar(32) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`period\` varchar(7) NOT NULL, \`dueOn\` varchar(10) NOT NULL, \`dueSource\` varchar(255) NOT NULL, \`receivedAt\` datetime(3) NULL, \`onTime\` tinyint NULL, \`daysLate\` int NULL, \`fulfilledByResource\` varchar(32) NULL, \`fulfilledById\` int NULL, \`submittedById\` int NULL, INDEX \`idx_reporting_tasks_region\` (\`regionCode\`), INDEX \`idx_reporting_tasks_period\` (\`period\`), UNIQUE INDEX \`uq_reporting_tasks_duty_region_period\` (\`duty\`, \`regionCode\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_reporting_tasks_duty_region_period\` ON \`reporting_tasks\``);
    await queryRunner.query(`DROP INDEX \`idx_reporting_tasks_period\` ON \`reporting_tasks\``);
    await queryRunner.query(`DROP INDEX \`idx_reporting_tasks_region\` ON \`reporting_tasks\``);
    await queryRunner.query(`DROP TABLE \`reporting_tasks\``);
    await queryRunner.query(`DROP INDEX \`uq_published_bulletin_lines_month_region\` ON \`published_bulletin_lines\``);
    await queryRunner.query(`DROP INDEX \`idx_published_bulletin_lines_region\` ON \`published_bulletin_lines\``);
    await queryRunner.query(`DROP TABLE \`published_bulletin_lines\``);
  }
}
