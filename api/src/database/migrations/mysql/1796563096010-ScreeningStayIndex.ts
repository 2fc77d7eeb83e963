import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningStayIndex1796563096010 implements MigrationInterface {
  name = 'ScreeningStayIndex1796563096010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`idx_settlements_person_stays\` ON \`settlements\` (\`idNumber\`, \`year\`, \`visitType\`, \`institutionCode\`, \`admittedOn\`, \`dischargedOn\`, \`diagnosisCode\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_settlements_person_stays\` ON \`settlements\``);
  }
}
