import { MigrationInterface, QueryRunner } from 'typeorm';

export class Holidays1796538892808 implements MigrationInterface {
  name = 'Holidays1796538892808';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`holidays\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`date\` varchar(10) NOT NULL, \`kind\` varchar(16) NOT NULL, \`name\` varchar(50) NOT NULL, UNIQUE INDEX \`uq_holidays_date\` (\`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_holidays_date\` ON \`holidays\``);
    await queryRunner.query(`DROP TABLE \`holidays\``);
  }
}
