import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795618017193 implements MigrationInterface {
  name = 'Initial1795618017193';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The server default may be latin1: make the database default utf8mb4 too.
    await queryRunner.query(`ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`regions\` (\`code\` varchar(12) NOT NULL, \`name\` varchar(64) NOT NULL, \`level\` varchar(16) NOT NULL, \`parentCode\` varchar(12) NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_regions_parent\` (\`parentCode\`), PRIMARY KEY (\`code\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`users\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(64) NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`role\` varchar(32) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`enabled\` tinyint NOT NULL DEFAULT 1, \`failedLoginCount\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime(3) NULL, \`lastLoginAt\` datetime(3) NULL, \`passwordChangedAt\` datetime(3) NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_users_username\` (\`username\`), INDEX \`idx_users_region\` (\`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`sessions\` (\`id\` varchar(64) NOT NULL, \`userId\` int NOT NULL, \`csrfToken\` varchar(43) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`lastSeenAt\` datetime(3) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, \`revokedAt\` datetime(3) NULL, \`ip\` varchar(64) NULL, \`userAgent\` varchar(255) NULL, INDEX \`idx_sessions_user\` (\`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`audit_logs\` (\`id\` int NOT NULL, \`at\` datetime(3) NOT NULL, \`userId\` int NULL, \`username\` varchar(64) NULL, \`role\` varchar(32) NULL, \`regionCode\` varchar(12) NULL, \`action\` varchar(48) NOT NULL, \`resource\` varchar(64) NOT NULL, \`resourceId\` varchar(64) NULL, \`before\` text NULL, \`after\` text NULL, \`ip\` varchar(64) NULL, \`prevHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`idx_audit_logs_username\` (\`username\`), INDEX \`idx_audit_logs_region\` (\`regionCode\`), INDEX \`idx_audit_logs_resource\` (\`resource\`, \`resourceId\`), INDEX \`idx_audit_logs_at\` (\`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`audit_chain_head\` (\`id\` int NOT NULL, \`lastId\` int NOT NULL, \`lastHash\` varchar(64) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`audit_chain_head\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_logs_at\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_logs_resource\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_logs_region\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_logs_username\` ON \`audit_logs\``);
    await queryRunner.query(`DROP TABLE \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`idx_sessions_user\` ON \`sessions\``);
    await queryRunner.query(`DROP TABLE \`sessions\``);
    await queryRunner.query(`DROP INDEX \`idx_users_region\` ON \`users\``);
    await queryRunner.query(`DROP INDEX \`uq_users_username\` ON \`users\``);
    await queryRunner.query(`DROP TABLE \`users\``);
    await queryRunner.query(`DROP INDEX \`idx_regions_parent\` ON \`regions\``);
    await queryRunner.query(`DROP TABLE \`regions\``);
  }
}
