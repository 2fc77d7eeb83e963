import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommitMarkers1796597939000 implements MigrationInterface {
  name = 'CommitMarkers1796597939000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "commit_markers" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "commit_markers"`);
  }
}
