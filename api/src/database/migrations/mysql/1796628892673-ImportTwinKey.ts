import { MigrationInterface, QueryRunner } from 'typeorm';

/** import_jobs.twinKey: one unfinished import of a file with the same kind and parameters across API processes (ImportsService). */
export class ImportTwinKey1796628892673 implements MigrationInterface {
  name = 'ImportTwinKey1796628892673';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`import_jobs\` ADD \`twinKey\` varchar(64) NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_import_jobs_twin\` ON \`import_jobs\` (\`twinKey\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_import_jobs_twin\` ON \`import_jobs\``);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` DROP COLUMN \`twinKey\``);
  }
}
