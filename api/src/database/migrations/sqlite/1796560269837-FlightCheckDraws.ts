import { MigrationInterface, QueryRunner } from 'typeorm';

export class FlightCheckDraws1796560269837 implements MigrationInterface {
  name = 'FlightCheckDraws1796560269837';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "flight_check_draws" ("version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "regionCode" varchar(12) NOT NULL, "institutionCount" integer NOT NULL, "inspectorCount" integer NOT NULL, "weighting" varchar(16) NOT NULL, "seed" varchar(64) NOT NULL, "candidateHash" varchar(64) NOT NULL, "institutions" text NOT NULL, "inspectors" text NOT NULL, "institutionCandidates" integer NOT NULL, "inspectorCandidates" integer NOT NULL, "eligibleInspectors" integer NOT NULL, "inspectionIds" text, "drawnById" integer NOT NULL, "drawnBy" varchar(64) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_flight_check_draws_region_id" ON "flight_check_draws" ("regionCode", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_flight_check_draws_region_id"`);
    await queryRunner.query(`DROP TABLE "flight_check_draws"`);
  }
}
