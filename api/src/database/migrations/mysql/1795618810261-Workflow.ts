import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workflow1795618810261 implements MigrationInterface {
  name = 'Workflow1795618810261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`workflow_transitions\` (\`id\` int NOT NULL AUTO_INCREMENT, \`resource\` varchar(64) NOT NULL, \`recordId\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`action\` varchar(32) NOT NULL, \`fromState\` varchar(32) NOT NULL, \`toState\` varchar(32) NOT NULL, \`actorId\` int NOT NULL, \`actorUsername\` varchar(64) NOT NULL, \`actorRole\` varchar(32) NOT NULL, \`actorRegionCode\` varchar(12) NOT NULL, \`comment\` varchar(1000) NULL, \`at\` datetime(3) NOT NULL, \`snapshot\` text NOT NULL, INDEX \`idx_workflow_transitions_region\` (\`regionCode\`), INDEX \`idx_workflow_transitions_record\` (\`resource\`, \`recordId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`responsibility_tables\` (\`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`state\` varchar(32) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`dueDate\` varchar(10) NOT NULL, \`rowsJson\` text NOT NULL, \`firstSubmittedAt\` datetime(3) NULL, \`lastSubmittedAt\` datetime(3) NULL, \`filedLate\` tinyint NULL, \`approvedAt\` datetime(3) NULL, \`stateChangedAt\` datetime(3) NOT NULL, \`createdById\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_responsibility_tables_region\` (\`regionCode\`), INDEX \`idx_responsibility_tables_state\` (\`state\`), UNIQUE INDEX \`uq_responsibility_tables_region_year\` (\`regionCode\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_responsibility_tables_region_year\` ON \`responsibility_tables\``);
    await queryRunner.query(`DROP INDEX \`idx_responsibility_tables_state\` ON \`responsibility_tables\``);
    await queryRunner.query(`DROP INDEX \`idx_responsibility_tables_region\` ON \`responsibility_tables\``);
    await queryRunner.query(`DROP TABLE \`responsibility_tables\``);
    await queryRunner.query(`DROP INDEX \`idx_workflow_transitions_record\` ON \`workflow_transitions\``);
    await queryRunner.query(`DROP INDEX \`idx_workflow_transitions_region\` ON \`workflow_transitions\``);
    await queryRunner.query(`DROP TABLE \`workflow_transitions\``);
  }
}
