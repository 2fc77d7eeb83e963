import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentEvidenceType1796548239920 implements MigrationInterface {
  name = 'AttachmentEvidenceType1796548239920';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_attachments_owner"`);
    await queryRunner.query(`DROP INDEX "idx_attachments_region"`);
    await queryRunner.query(`CREATE TABLE "temporary_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerResource" varchar(48) NOT NULL, "ownerId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "fileName" varchar(255) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "contentType" varchar(100) NOT NULL, "uploadedById" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime(3) NOT NULL, "note" varchar(500), "deletedAt" datetime(3), "evidenceType" varchar(32))`);
    await queryRunner.query(`INSERT INTO "temporary_attachments"("id", "ownerResource", "ownerId", "regionCode", "fileName", "size", "sha256", "contentType", "uploadedById", "uploadedBy", "uploadedAt", "note", "deletedAt") SELECT "id", "ownerResource", "ownerId", "regionCode", "fileName", "size", "sha256", "contentType", "uploadedById", "uploadedBy", "uploadedAt", "note", "deletedAt" FROM "attachments"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`ALTER TABLE "temporary_attachments" RENAME TO "attachments"`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_owner" ON "attachments" ("ownerResource", "ownerId") `);
    await queryRunner.query(`CREATE INDEX "idx_attachments_region" ON "attachments" ("regionCode") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_attachments_region"`);
    await queryRunner.query(`DROP INDEX "idx_attachments_owner"`);
    await queryRunner.query(`ALTER TABLE "attachments" RENAME TO "temporary_attachments"`);
    await queryRunner.query(`CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerResource" varchar(48) NOT NULL, "ownerId" integer NOT NULL, "regionCode" varchar(12) NOT NULL, "fileName" varchar(255) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "contentType" varchar(100) NOT NULL, "uploadedById" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime(3) NOT NULL, "note" varchar(500), "deletedAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "attachments"("id", "ownerResource", "ownerId", "regionCode", "fileName", "size", "sha256", "contentType", "uploadedById", "uploadedBy", "uploadedAt", "note", "deletedAt") SELECT "id", "ownerResource", "ownerId", "regionCode", "fileName", "size", "sha256", "contentType", "uploadedById", "uploadedBy", "uploadedAt", "note", "deletedAt" FROM "temporary_attachments"`);
    await queryRunner.query(`DROP TABLE "temporary_attachments"`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_region" ON "attachments" ("regionCode") `);
    await queryRunner.query(`CREATE INDEX "idx_attachments_owner" ON "attachments" ("ownerResource", "ownerId") `);
  }
}
