import { MigrationInterface, QueryRunner } from 'typeorm';

export class SerialKeyJobTable1796635615686 implements MigrationInterface {
  name = 'SerialKeyJobTable1796635615686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`job_serial_keys\` ADD \`jobTable\` varchar(40) NOT NULL DEFAULT 'background_jobs'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`job_serial_keys\` DROP COLUMN \`jobTable\``);
  }
}
