import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentEvidenceType1796548278378 implements MigrationInterface {
  name = 'AttachmentEvidenceType1796548278378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`attachments\` ADD \`evidenceType\` varchar(32) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`attachments\` DROP COLUMN \`evidenceType\``);
  }
}
