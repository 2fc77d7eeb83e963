import { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminSeparationLoginThrottle1796493547621 implements MigrationInterface {
  name = 'AdminSeparationLoginThrottle1796493547621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`user_change_requests\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(16) NOT NULL, \`state\` varchar(16) NOT NULL, \`stateChangedAt\` datetime(3) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`targetUserId\` int NULL, \`targetUsername\` varchar(64) NOT NULL, \`targetRole\` varchar(32) NOT NULL, \`payload\` text NOT NULL, \`proposedById\` int NOT NULL, \`proposedByUsername\` varchar(64) NOT NULL, \`proposedByRole\` varchar(32) NOT NULL, INDEX \`idx_user_change_requests_state\` (\`state\`), INDEX \`idx_user_change_requests_region\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`failedLoginCount\``);
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`lockedUntil\``);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`authorized\` tinyint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`mustChangePassword\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`passwordHistory\` text NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`passwordHistory\``);
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`mustChangePassword\``);
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`authorized\``);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`lockedUntil\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`failedLoginCount\` int NOT NULL DEFAULT 0`);
    await queryRunner.query(`DROP INDEX \`idx_user_change_requests_region\` ON \`user_change_requests\``);
    await queryRunner.query(`DROP INDEX \`idx_user_change_requests_state\` ON \`user_change_requests\``);
    await queryRunner.query(`DROP TABLE \`user_change_requests\``);
  }
}
