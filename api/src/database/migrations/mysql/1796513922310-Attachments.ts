import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796513922310 implements MigrationInterface {
  name = 'Attachments1796513922310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`attachments\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ownerResource\` varchar(48) NOT NULL, \`ownerId\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`fileName\` varchar(255) NOT NULL, \`size\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`contentType\` varchar(100) NOT NULL, \`uploadedById\` int NOT NULL, \`uploadedBy\` varchar(64) NOT NULL, \`uploadedAt\` datetime(3) NOT NULL, \`note\` varchar(500) NULL, \`deletedAt\` datetime(3) NULL, INDEX \`idx_attachments_region\` (\`regionCode\`), INDEX \`idx_attachments_owner\` (\`ownerResource\`, \`ownerId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_attachments_owner\` ON \`attachments\``);
    await queryRunner.query(`DROP INDEX \`idx_attachments_region\` ON \`attachments\``);
    await queryRunner.query(`DROP TABLE \`attachments\``);
  }
}
