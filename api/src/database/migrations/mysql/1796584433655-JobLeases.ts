import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobLeases1796584433655 implements MigrationInterface {
  name = 'JobLeases1796584433655';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`list_write_marks\` (\`process\` varchar(80) NOT NULL, \`generation\` bigint NOT NULL, \`updatedAt\` datetime(3) NOT NULL, PRIMARY KEY (\`process\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`sweep_slots\` (\`sweep\` varchar(64) NOT NULL, \`slot\` varchar(24) NOT NULL, \`owner\` varchar(80) NOT NULL, \`claimedAt\` datetime(3) NOT NULL, PRIMARY KEY (\`sweep\`, \`slot\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` ADD \`leaseOwner\` varchar(80) NULL`);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` ADD \`leaseExpiresAt\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` ADD \`leaseHeartbeatAt\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` ADD \`leaseOwner\` varchar(80) NULL`);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` ADD \`leaseExpiresAt\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` ADD \`leaseHeartbeatAt\` datetime(3) NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_import_jobs_lease\` ON \`import_jobs\` (\`status\`, \`leaseExpiresAt\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_background_jobs_lease\` ON \`background_jobs\` (\`status\`, \`leaseExpiresAt\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_background_jobs_lease\` ON \`background_jobs\``);
    await queryRunner.query(`DROP INDEX \`idx_import_jobs_lease\` ON \`import_jobs\``);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` DROP COLUMN \`leaseHeartbeatAt\``);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` DROP COLUMN \`leaseExpiresAt\``);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` DROP COLUMN \`leaseOwner\``);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` DROP COLUMN \`leaseHeartbeatAt\``);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` DROP COLUMN \`leaseExpiresAt\``);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` DROP COLUMN \`leaseOwner\``);
    await queryRunner.query(`DROP TABLE \`sweep_slots\``);
    await queryRunner.query(`DROP TABLE \`list_write_marks\``);
  }
}
