import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workflow1795618809719 implements MigrationInterface {
  name = 'Workflow1795618809719';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workflow_transitions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "resource" varchar(64) NOT NULL, "recordId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "action" varchar(32) NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorUsername" varchar(64) NOT NULL, "actorRole" varchar(32) NOT NULL, "actorRegionCode" varchar(12) NOT NULL, "comment" varchar(1000), "at" datetime(3) NOT NULL, "snapshot" text NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_region" ON "workflow_transitions" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_record" ON "workflow_transitions" ("resource", "recordId") `);
    await queryRunner.query(`CREATE TABLE "responsibility_tables" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "year" integer NOT NULL, "state" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (1), "dueDate" varchar(10) NOT NULL, "rowsJson" text NOT NULL, "firstSubmittedAt" datetime(3), "lastSubmittedAt" datetime(3), "filedLate" boolean, "approvedAt" datetime(3), "stateChangedAt" datetime(3) NOT NULL, "createdById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_responsibility_tables_region" ON "responsibility_tables" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_responsibility_tables_state" ON "responsibility_tables" ("state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_responsibility_tables_region_year" ON "responsibility_tables" ("regionCode", "year") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_responsibility_tables_region_year"`);
    await queryRunner.query(`DROP INDEX "idx_responsibility_tables_state"`);
    await queryRunner.query(`DROP INDEX "idx_responsibility_tables_region"`);
    await queryRunner.query(`DROP TABLE "responsibility_tables"`);
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_record"`);
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_region"`);
    await queryRunner.query(`DROP TABLE "workflow_transitions"`);
  }
}
