import { MigrationInterface, QueryRunner } from 'typeorm';

export class Settlements1795623434150 implements MigrationInterface {
  name = 'Settlements1795623434150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`settlements\` (\`id\` int NOT NULL AUTO_INCREMENT, \`idNumber\` varchar(18) NOT NULL, \`name\` varchar(64) NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`poolingRegionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`settledOn\` varchar(10) NOT NULL, \`institutionCode\` varchar(32) NOT NULL, \`institutionName\` varchar(100) NOT NULL, \`hospitalLevel\` varchar(16) NOT NULL, \`visitType\` varchar(32) NOT NULL, \`inCounty\` tinyint NOT NULL, \`identityCategories\` varchar(255) NOT NULL, \`totalCost\` bigint NOT NULL, \`inPolicyCost\` bigint NOT NULL, \`inCatalogueCost\` bigint NOT NULL, \`recorded\` varchar(500) NOT NULL, \`computed\` varchar(500) NOT NULL, \`flags\` varchar(255) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_settlements_person_year\` (\`idNumber\`, \`year\`), INDEX \`idx_settlements_region_id\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_settlements_region_id\` ON \`settlements\``);
    await queryRunner.query(`DROP INDEX \`idx_settlements_person_year\` ON \`settlements\``);
    await queryRunner.query(`DROP TABLE \`settlements\``);
  }
}
