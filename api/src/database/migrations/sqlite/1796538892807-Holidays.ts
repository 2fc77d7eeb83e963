import { MigrationInterface, QueryRunner } from 'typeorm';

export class Holidays1796538892807 implements MigrationInterface {
  name = 'Holidays1796538892807';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "holidays" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "date" varchar(10) NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(50) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_holidays_date" ON "holidays" ("date") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_holidays_date"`);
    await queryRunner.query(`DROP TABLE "holidays"`);
  }
}
