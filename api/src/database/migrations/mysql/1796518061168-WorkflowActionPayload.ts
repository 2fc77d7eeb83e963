import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkflowActionPayload1796518061168 implements MigrationInterface {
  name = 'WorkflowActionPayload1796518061168';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`workflow_transitions\` ADD \`payload\` text NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`workflow_transitions\` DROP COLUMN \`payload\``);
  }
}
