import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796513914667 implements MigrationInterface {
  name = 'Attachments1796513914667';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerResource" varchar(48) NOT NULL, "ownerId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "fileName" varchar(255) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "contentType" varchar(100) NOT NULL, "uploadedById" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime(3) NOT NULL, "note" varchar(500), "deletedAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_region" ON "attachments" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_attachments_owner" ON "attachments" ("ownerResource", "ownerId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_attachments_owner"`);
    await queryRunner.query(`DROP INDEX "idx_attachments_region"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
