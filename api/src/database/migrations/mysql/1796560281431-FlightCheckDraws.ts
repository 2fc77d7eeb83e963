import { MigrationInterface, QueryRunner } from 'typeorm';

export class FlightCheckDraws1796560281431 implements MigrationInterface {
  name = 'FlightCheckDraws1796560281431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`flight_check_draws\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`institutionCount\` int NOT NULL, \`inspectorCount\` int NOT NULL, \`weighting\` varchar(16) NOT NULL, \`seed\` varchar(64) NOT NULL, \`candidateHash\` varchar(64) NOT NULL, \`institutions\` text NOT NULL, \`inspectors\` text NOT NULL, \`institutionCandidates\` int NOT NULL, \`inspectorCandidates\` int NOT NULL, \`eligibleInspectors\` int NOT NULL, \`inspectionIds\` text NULL, \`drawnById\` int NOT NULL, \`drawnBy\` varchar(64) NOT NULL, INDEX \`idx_flight_check_draws_region_id\` (\`regionCode\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_flight_check_draws_region_id\` ON \`flight_check_draws\``);
    await queryRunner.query(`DROP TABLE \`flight_check_draws\``);
  }
}
