import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrollmentCountyCounts1795642433795 implements MigrationInterface {
  name = 'EnrollmentCountyCounts1795642433795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`ledger_county_generations\` (\`countyCode\` varchar(6) NOT NULL, \`generation\` int NOT NULL, PRIMARY KEY (\`countyCode\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`enrollment_county_counts\` (\`year\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`categories\` varchar(255) NOT NULL, \`state\` varchar(8) NOT NULL, \`persons\` int NOT NULL, PRIMARY KEY (\`year\`, \`countyCode\`, \`categories\`, \`state\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`enrollment_county_snapshots\` (\`year\` int NOT NULL, \`countyCode\` varchar(6) NOT NULL, \`generation\` int NOT NULL, \`computedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`year\`, \`countyCode\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // people already in the ledger: their counties start at generation 1 with no counts, so the first read counts them
    await queryRunner.query("INSERT INTO `ledger_county_generations` (`countyCode`, `generation`) SELECT DISTINCT SUBSTR(`regionCode`, 1, 6), 1 FROM `beneficiaries`");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`enrollment_county_snapshots\``);
    await queryRunner.query(`DROP TABLE \`enrollment_county_counts\``);
    await queryRunner.query(`DROP TABLE \`ledger_county_generations\``);
  }
}
