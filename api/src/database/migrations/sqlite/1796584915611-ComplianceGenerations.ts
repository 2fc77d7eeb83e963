import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceGenerations1796584915611 implements MigrationInterface {
  name = 'ComplianceGenerations1796584915611';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "compliance_generations" ("provinceCode" varchar(6) PRIMARY KEY NOT NULL, "generation" integer NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "compliance_generations"`);
  }
}
