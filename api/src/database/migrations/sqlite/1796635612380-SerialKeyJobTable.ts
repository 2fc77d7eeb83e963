import { MigrationInterface, QueryRunner } from 'typeorm';

export class SerialKeyJobTable1796635612380 implements MigrationInterface {
  name = 'SerialKeyJobTable1796635612380';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "temporary_job_serial_keys" ("serialKey" varchar(120) PRIMARY KEY NOT NULL, "jobId" integer NOT NULL, "holder" varchar(80) NOT NULL, "expiresAt" datetime(3) NOT NULL, "jobTable" varchar(40) NOT NULL DEFAULT ('background_jobs'))`);
    await queryRunner.query(`INSERT INTO "temporary_job_serial_keys"("serialKey", "jobId", "holder", "expiresAt") SELECT "serialKey", "jobId", "holder", "expiresAt" FROM "job_serial_keys"`);
    await queryRunner.query(`DROP TABLE "job_serial_keys"`);
    await queryRunner.query(`ALTER TABLE "temporary_job_serial_keys" RENAME TO "job_serial_keys"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_serial_keys" RENAME TO "temporary_job_serial_keys"`);
    await queryRunner.query(`CREATE TABLE "job_serial_keys" ("serialKey" varchar(120) PRIMARY KEY NOT NULL, "jobId" integer NOT NULL, "holder" varchar(80) NOT NULL, "expiresAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "job_serial_keys"("serialKey", "jobId", "holder", "expiresAt") SELECT "serialKey", "jobId", "holder", "expiresAt" FROM "temporary_job_serial_keys"`);
    await queryRunner.query(`DROP TABLE "temporary_job_serial_keys"`);
  }
}
