import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommitMarkers1796597953304 implements MigrationInterface {
  name = 'CommitMarkers1796597953304';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`commit_markers\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`commit_markers\``);
  }
}
