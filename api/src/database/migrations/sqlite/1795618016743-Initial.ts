import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795618016743 implements MigrationInterface {
  name = 'Initial1795618016743';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "regions" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(64) NOT NULL, "level" varchar(16) NOT NULL, "parentCode" varchar(12), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_regions_parent" ON "regions" ("parentCode") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(32) NOT NULL, "regionCode" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "failedLoginCount" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(3), "lastLoginAt" datetime(3), "passwordChangedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_users_region" ON "users" ("regionCode") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "csrfToken" varchar(43) NOT NULL, "createdAt" datetime(3) NOT NULL, "lastSeenAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "ip" varchar(64), "userAgent" varchar(255))`);
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions" ("userId") `);
    await queryRunner.query(`CREATE TABLE "audit_logs" ("id" integer PRIMARY KEY NOT NULL, "at" datetime(3) NOT NULL, "userId" integer, "username" varchar(64), "role" varchar(32), "regionCode" varchar(12), "action" varchar(48) NOT NULL, "resource" varchar(64) NOT NULL, "resourceId" varchar(64), "before" text, "after" text, "ip" varchar(64), "prevHash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_username" ON "audit_logs" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_region" ON "audit_logs" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_resource" ON "audit_logs" ("resource", "resourceId") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_at" ON "audit_logs" ("at") `);
    await queryRunner.query(`CREATE TABLE "audit_chain_head" ("id" integer PRIMARY KEY NOT NULL, "lastId" integer NOT NULL, "lastHash" varchar(64) NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP INDEX "idx_audit_logs_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_logs_resource"`);
    await queryRunner.query(`DROP INDEX "idx_audit_logs_region"`);
    await queryRunner.query(`DROP INDEX "idx_audit_logs_username"`);
    await queryRunner.query(`DROP TABLE "audit_logs"`);
    await queryRunner.query(`DROP INDEX "idx_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "idx_users_region"`);
    await queryRunner.query(`DROP INDEX "uq_users_username"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "idx_regions_parent"`);
    await queryRunner.query(`DROP TABLE "regions"`);
  }
}
