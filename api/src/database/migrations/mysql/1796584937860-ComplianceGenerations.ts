import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceGenerations1796584937860 implements MigrationInterface {
  name = 'ComplianceGenerations1796584937860';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`compliance_generations\` (\`provinceCode\` varchar(6) NOT NULL, \`generation\` int NOT NULL, PRIMARY KEY (\`provinceCode\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`compliance_generations\``);
  }
}
