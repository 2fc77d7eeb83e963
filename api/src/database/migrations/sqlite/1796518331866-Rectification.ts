import { MigrationInterface, QueryRunner } from 'typeorm';

export class Rectification1796518331866 implements MigrationInterface {
  name = 'Rectification1796518331866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rectification_campaigns" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "documentNo" varchar(64) NOT NULL, "regionCode" varchar(12) NOT NULL, "immediateDays" integer NOT NULL, "transitionDueOn" varchar(10) NOT NULL, "startedOn" varchar(10) NOT NULL, "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_campaigns_region" ON "rectification_campaigns" ("regionCode") `);
    await queryRunner.query(`CREATE TABLE "rectification_items" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "campaignId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "problemType" varchar(32) NOT NULL, "category" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "description" text, "localPolicy" varchar(500), "source" varchar(16) NOT NULL, "sourceRef" varchar(128), "affectedPersons" integer, "amount" bigint, "identifiedOn" varchar(10) NOT NULL, "dueOn" varchar(10) NOT NULL, "continuing" boolean NOT NULL DEFAULT (0), "requestedDueOn" varchar(10), "supervised" boolean NOT NULL DEFAULT (0), "supervisionLetterNo" varchar(64), "supervisionComment" varchar(1000), "supervisedBy" varchar(64), "supervisedAt" datetime(3), "responsibleRole" varchar(64), "measures" text, "subTasksJson" text, "state" varchar(32) NOT NULL, "closedAt" datetime(3), "createdById" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_campaign" ON "rectification_items" ("campaignId") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_region" ON "rectification_items" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_supervised" ON "rectification_items" ("supervised") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_source" ON "rectification_items" ("source", "sourceRef") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_items_state_due" ON "rectification_items" ("state", "dueOn") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_rectification_items_state_due"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_source"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_supervised"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_region"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_items_campaign"`);
    await queryRunner.query(`DROP TABLE "rectification_items"`);
    await queryRunner.query(`DROP INDEX "idx_rectification_campaigns_region"`);
    await queryRunner.query(`DROP TABLE "rectification_campaigns"`);
  }
}
