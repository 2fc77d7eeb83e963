import { MigrationInterface, QueryRunner } from 'typeorm';

export class CostWarningPoolingRegion1796494796601 implements MigrationInterface {
  name = 'CostWarningPoolingRegion1796494796601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_cost_warnings_person_year\` ON \`cost_warnings\``);
    await queryRunner.query(`ALTER TABLE \`cost_warnings\` ADD \`poolingRegionCode\` varchar(12) NOT NULL`);
    // existing warnings: the pooling region of their county (市级统筹: the city, first four digits + 00)
    await queryRunner.query(`UPDATE \`cost_warnings\` SET \`poolingRegionCode\` = CONCAT(SUBSTRING(\`regionCode\`, 1, 4), '00')`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_cost_warnings_person_year_pooling\` ON \`cost_warnings\` (\`idNumber\`, \`year\`, \`poolingRegionCode\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_cost_warnings_person_year_pooling\` ON \`cost_warnings\``);
    await queryRunner.query(`ALTER TABLE \`cost_warnings\` DROP COLUMN \`poolingRegionCode\``);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_cost_warnings_person_year\` ON \`cost_warnings\` (\`idNumber\`, \`year\`)`);
  }
}
