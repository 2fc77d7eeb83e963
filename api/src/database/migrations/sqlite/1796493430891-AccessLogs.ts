import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessLogs1796493430891 implements MigrationInterface {
  name = 'AccessLogs1796493430891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "access_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime(3) NOT NULL, "userId" integer, "username" varchar(64), "role" varchar(32), "regionCode" varchar(12), "kind" varchar(16) NOT NULL, "resource" varchar(64) NOT NULL, "resourceId" varchar(64), "method" varchar(8) NOT NULL, "route" varchar(200) NOT NULL, "statusCode" integer NOT NULL, "detail" varchar(200), "ip" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "idx_access_logs_username" ON "access_logs" ("username") `);
    await queryRunner.query(`CREATE INDEX "idx_access_logs_region" ON "access_logs" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_access_logs_kind" ON "access_logs" ("kind") `);
    await queryRunner.query(`CREATE INDEX "idx_access_logs_resource" ON "access_logs" ("resource", "resourceId") `);
    await queryRunner.query(`CREATE INDEX "idx_access_logs_at" ON "access_logs" ("at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_access_logs_at"`);
    await queryRunner.query(`DROP INDEX "idx_access_logs_resource"`);
    await queryRunner.query(`DROP INDEX "idx_access_logs_kind"`);
    await queryRunner.query(`DROP INDEX "idx_access_logs_region"`);
    await queryRunner.query(`DROP INDEX "idx_access_logs_username"`);
    await queryRunner.query(`DROP TABLE "access_logs"`);
  }
}
