import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrollmentCountyCounts1795642430700 implements MigrationInterface {
  name = 'EnrollmentCountyCounts1795642430700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ledger_county_generations" ("countyCode" varchar(6) PRIMARY KEY NOT NULL, "generation" integer NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "enrollment_county_counts" ("year" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "categories" varchar(255) NOT NULL, "state" varchar(8) NOT NULL, "persons" integer NOT NULL, PRIMARY KEY ("year", "countyCode", "categories", "state"))`);
    await queryRunner.query(`CREATE TABLE "enrollment_county_snapshots" ("year" integer NOT NULL, "countyCode" varchar(6) NOT NULL, "generation" integer NOT NULL, "computedAt" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("year", "countyCode"))`);
    // people already in the ledger: their counties start at generation 1 with no counts, so the first read counts them
    await queryRunner.query(`INSERT INTO "ledger_county_generations" ("countyCode", "generation") SELECT DISTINCT SUBSTR("regionCode", 1, 6), 1 FROM "beneficiaries"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "enrollment_county_snapshots"`);
    await queryRunner.query(`DROP TABLE "enrollment_county_counts"`);
    await queryRunner.query(`DROP TABLE "ledger_county_generations"`);
  }
}
