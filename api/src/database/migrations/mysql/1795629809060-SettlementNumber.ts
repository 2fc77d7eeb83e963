import { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementNumber1795629809060 implements MigrationInterface {
  name = 'SettlementNumber1795629809060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`settlementNo\` varchar(64) NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_settlements_institution_no\` ON \`settlements\` (\`institutionCode\`, \`settlementNo\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_settlements_institution_no\` ON \`settlements\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`settlementNo\``);
  }
}
