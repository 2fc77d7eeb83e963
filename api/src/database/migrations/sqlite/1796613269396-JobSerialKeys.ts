import { MigrationInterface, QueryRunner } from 'typeorm';

/** job_serial_keys: the serial keys running background jobs hold (platform/jobs/job-lease.ts SerialKeys). */
export class JobSerialKeys1796613269396 implements MigrationInterface {
  name = 'JobSerialKeys1796613269396';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_serial_keys" ("serialKey" varchar(120) PRIMARY KEY NOT NULL, "jobId" integer NOT NULL, "holder" varchar(80) NOT NULL, "expiresAt" datetime(3) NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_serial_keys"`);
  }
}
