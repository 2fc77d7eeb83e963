import { MigrationInterface, QueryRunner } from 'typeorm';

export class BeneficiaryNameIndex1795631408371 implements MigrationInterface {
  name = 'BeneficiaryNameIndex1795631408371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_beneficiaries_name" ON "beneficiaries" ("name", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_beneficiaries_name"`);
  }
}
