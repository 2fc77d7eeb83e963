import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796525594129 implements MigrationInterface {
  name = 'Notifications1796525594129';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(200) NOT NULL, "body" varchar(500) NOT NULL, "resource" varchar(64) NOT NULL, "recordId" integer NOT NULL, "dueOn" varchar(10), "createdAt" datetime(3) NOT NULL, "readAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_created" ON "notifications" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notifications_user_read" ON "notifications" ("userId", "readAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_once" ON "notifications" ("userId", "kind", "resource", "recordId", "dueOn") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_notifications_once"`);
    await queryRunner.query(`DROP INDEX "idx_notifications_user_read"`);
    await queryRunner.query(`DROP INDEX "idx_notifications_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
