import { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminSeparationLoginThrottle1796493546936 implements MigrationInterface {
  name = 'AdminSeparationLoginThrottle1796493546936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_change_requests" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "state" varchar(16) NOT NULL, "stateChangedAt" datetime(3) NOT NULL, "regionCode" varchar(12) NOT NULL, "targetUserId" integer, "targetUsername" varchar(64) NOT NULL, "targetRole" varchar(32) NOT NULL, "payload" text NOT NULL, "proposedById" integer NOT NULL, "proposedByUsername" varchar(64) NOT NULL, "proposedByRole" varchar(32) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_user_change_requests_state" ON "user_change_requests" ("state") `);
    await queryRunner.query(`CREATE INDEX "idx_user_change_requests_region" ON "user_change_requests" ("regionCode", "id") `);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "temporary_users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt" FROM "users"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorized" boolean NOT NULL DEFAULT (1), "mustChangePassword" boolean NOT NULL DEFAULT (0), "passwordHistory" text)`);
    await queryRunner.query(`INSERT INTO "temporary_users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt" FROM "users"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt" FROM "temporary_users"`);
    await queryRunner.query(`DROP TABLE "temporary_users"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "failedLoginCount" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(3), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "users"("id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "regionCode", "enabled", "lastLoginAt", "passwordChangedAt", "version", "createdAt", "updatedAt" FROM "temporary_users"`);
    await queryRunner.query(`DROP TABLE "temporary_users"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`DROP INDEX "idx_user_change_requests_region"`);
    await queryRunner.query(`DROP INDEX "idx_user_change_requests_state"`);
    await queryRunner.query(`DROP TABLE "user_change_requests"`);
  }
}
