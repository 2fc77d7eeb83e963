import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobAttempts1796493589104 implements MigrationInterface {
  name = 'JobAttempts1796493589104';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`import_jobs\` ADD \`attempts\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`background_jobs\` ADD \`attempts\` int NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`background_jobs\` DROP COLUMN \`attempts\``);
    await queryRunner.query(`ALTER TABLE \`import_jobs\` DROP COLUMN \`attempts\``);
  }
}
