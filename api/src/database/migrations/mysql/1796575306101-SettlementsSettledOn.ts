import { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementsSettledOn1796575306101 implements MigrationInterface {
  name = 'SettlementsSettledOn1796575306101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`idx_settlements_settled_on\` ON \`settlements\` (\`settledOn\`, \`regionCode\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_settlements_settled_on\` ON \`settlements\``);
  }
}
