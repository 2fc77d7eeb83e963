import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkflowActionPayload1796518058942 implements MigrationInterface {
  name = 'WorkflowActionPayload1796518058942';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_record"`);
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_workflow_transitions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "resource" varchar(64) NOT NULL, "recordId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "action" varchar(32) NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorUsername" varchar(64) NOT NULL, "actorRole" varchar(32) NOT NULL, "actorRegionCode" varchar(12) NOT NULL, "comment" varchar(1000), "at" datetime(3) NOT NULL, "snapshot" text NOT NULL, "payload" text)`);
    await queryRunner.query(`INSERT INTO "temporary_workflow_transitions"("id", "resource", "recordId", "regionCode", "action", "fromState", "toState", "actorId", "actorUsername", "actorRole", "actorRegionCode", "comment", "at", "snapshot") SELECT "id", "resource", "recordId", "regionCode", "action", "fromState", "toState", "actorId", "actorUsername", "actorRole", "actorRegionCode", "comment", "at", "snapshot" FROM "workflow_transitions"`);
    await queryRunner.query(`DROP TABLE "workflow_transitions"`);
    await queryRunner.query(`ALTER TABLE "temporary_workflow_transitions" RENAME TO "workflow_transitions"`);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_record" ON "workflow_transitions" ("resource", "recordId") `);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_region" ON "workflow_transitions" ("regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_region"`);
    await queryRunner.query(`DROP INDEX "idx_workflow_transitions_record"`);
    await queryRunner.query(`ALTER TABLE "workflow_transitions" RENAME TO "temporary_workflow_transitions"`);
    await queryRunner.query(`CREATE TABLE "workflow_transitions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "resource" varchar(64) NOT NULL, "recordId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "action" varchar(32) NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorUsername" varchar(64) NOT NULL, "actorRole" varchar(32) NOT NULL, "actorRegionCode" varchar(12) NOT NULL, "comment" varchar(1000), "at" datetime(3) NOT NULL, "snapshot" text NOT NULL)`);
    await queryRunner.query(`INSERT INTO "workflow_transitions"("id", "resource", "recordId", "regionCode", "action", "fromState", "toState", "actorId", "actorUsername", "actorRole", "actorRegionCode", "comment", "at", "snapshot") SELECT "id", "resource", "recordId", "regionCode", "action", "fromState", "toState", "actorId", "actorUsername", "actorRole", "actorRegionCode", "comment", "at", "snapshot" FROM "temporary_workflow_transitions"`);
    await queryRunner.query(`DROP TABLE "temporary_workflow_transitions"`);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_region" ON "workflow_transitions" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_workflow_transitions_record" ON "workflow_transitions" ("resource", "recordId") `);
  }
}
