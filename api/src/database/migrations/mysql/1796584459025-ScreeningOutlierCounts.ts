import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningOutlierCounts1796584459025 implements MigrationInterface {
  name = 'ScreeningOutlierCounts1796584459025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`screening_outlier_admissions\` (\`regionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`institutionCode\` varchar(32) NOT NULL, \`institutionName\` varchar(100) NOT NULL, \`settlementCounty\` varchar(12) NOT NULL, \`admissions\` int NOT NULL, \`fund\` bigint NOT NULL, \`lastSettlementId\` int NOT NULL, PRIMARY KEY (\`regionCode\`, \`year\`, \`institutionCode\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`screening_outlier_admissions\``);
  }
}
