import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockouts1796585513009 implements MigrationInterface {
  name = 'LoginLockouts1796585513009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_lockouts" ("pairKey" varchar(120) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "windowStart" bigint NOT NULL, "failures" integer NOT NULL, "blockedUntil" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_login_lockouts_name" ON "login_lockouts" ("name") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_login_lockouts_name"`);
    await queryRunner.query(`DROP TABLE "login_lockouts"`);
  }
}
