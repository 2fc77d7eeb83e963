import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796525602203 implements MigrationInterface {
  name = 'Notifications1796525602203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`notifications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`kind\` varchar(32) NOT NULL, \`title\` varchar(200) NOT NULL, \`body\` varchar(500) NOT NULL, \`resource\` varchar(64) NOT NULL, \`recordId\` int NOT NULL, \`dueOn\` varchar(10) NULL, \`createdAt\` datetime(3) NOT NULL, \`readAt\` datetime(3) NULL, INDEX \`idx_notifications_created\` (\`createdAt\`), INDEX \`idx_notifications_user_read\` (\`userId\`, \`readAt\`), UNIQUE INDEX \`uq_notifications_once\` (\`userId\`, \`kind\`, \`resource\`, \`recordId\`, \`dueOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_notifications_once\` ON \`notifications\``);
    await queryRunner.query(`DROP INDEX \`idx_notifications_user_read\` ON \`notifications\``);
    await queryRunner.query(`DROP INDEX \`idx_notifications_created\` ON \`notifications\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
  }
}
