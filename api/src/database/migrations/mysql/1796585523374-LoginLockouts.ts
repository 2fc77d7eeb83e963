import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockouts1796585523374 implements MigrationInterface {
  name = 'LoginLockouts1796585523374';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`login_lockouts\` (\`pairKey\` varchar(120) NOT NULL, \`name\` varchar(64) NOT NULL, \`windowStart\` bigint NOT NULL, \`failures\` int NOT NULL, \`blockedUntil\` bigint NOT NULL, INDEX \`idx_login_lockouts_name\` (\`name\`), PRIMARY KEY (\`pairKey\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_login_lockouts_name\` ON \`login_lockouts\``);
    await queryRunner.query(`DROP TABLE \`login_lockouts\``);
  }
}
