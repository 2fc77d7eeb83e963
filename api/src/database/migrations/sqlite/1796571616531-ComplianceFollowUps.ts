import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceFollowUps1796571616531 implements MigrationInterface {
  name = 'ComplianceFollowUps1796571616531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "compliance_actions" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "stateChangedAt" datetime(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "period" varchar(7) NOT NULL, "indicatorId" varchar(8) NOT NULL, "title" varchar(200) NOT NULL, "responsibleRegionCode" varchar(12) NOT NULL, "filedRegionCode" varchar(12) NOT NULL, "dueOn" varchar(10) NOT NULL, "reviewOn" varchar(10), "state" varchar(16) NOT NULL, "rectificationItemId" integer, "createdById" integer, "createdByName" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "idx_compliance_actions_due" ON "compliance_actions" ("state", "dueOn", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_compliance_actions_responsible" ON "compliance_actions" ("responsibleRegionCode", "state", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_compliance_actions_cell" ON "compliance_actions" ("regionCode", "period", "indicatorId", "state") `);
    await queryRunner.query(`CREATE TABLE "compliance_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "period" varchar(7) NOT NULL, "indicatorId" varchar(8) NOT NULL, "text" text NOT NULL, "authorId" integer, "authorName" varchar(64), "authorRegionCode" varchar(12) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_compliance_comments_cell" ON "compliance_comments" ("regionCode", "period", "indicatorId", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_compliance_comments_cell"`);
    await queryRunner.query(`DROP TABLE "compliance_comments"`);
    await queryRunner.query(`DROP INDEX "idx_compliance_actions_cell"`);
    await queryRunner.query(`DROP INDEX "idx_compliance_actions_responsible"`);
    await queryRunner.query(`DROP INDEX "idx_compliance_actions_due"`);
    await queryRunner.query(`DROP TABLE "compliance_actions"`);
  }
}
