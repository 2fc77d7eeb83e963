import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1796533397320 implements MigrationInterface {
  name = 'Inspections1796533397320';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`inspection_findings\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`id\` int NOT NULL AUTO_INCREMENT, \`inspectionId\` int NOT NULL, \`regionCode\` varchar(12) NOT NULL, \`title\` varchar(100) NOT NULL, \`description\` text NOT NULL, \`area\` varchar(16) NOT NULL, \`indicatorId\` varchar(16) NULL, \`severity\` varchar(16) NOT NULL, \`disposition\` varchar(16) NOT NULL DEFAULT 'none', \`rectificationItemId\` int NULL, \`accountabilityRecordId\` int NULL, \`createdById\` int NOT NULL, INDEX \`idx_inspection_findings_inspection\` (\`inspectionId\`), INDEX \`idx_inspection_findings_region\` (\`regionCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE \`inspections\` (\`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`stateChangedAt\` datetime(3) NOT NULL, \`id\` int NOT NULL AUTO_INCREMENT, \`regionCode\` varchar(12) NOT NULL, \`inspectingRegionCode\` varchar(12) NOT NULL, \`kind\` varchar(16) NOT NULL, \`title\` varchar(100) NOT NULL, \`plannedFrom\` varchar(10) NOT NULL, \`plannedTo\` varchar(10) NOT NULL, \`teamLeader\` varchar(64) NOT NULL, \`members\` varchar(500) NULL, \`areas\` varchar(100) NOT NULL, \`noticeNo\` varchar(64) NULL, \`responseDays\` int NOT NULL DEFAULT '60', \`feedbackSentOn\` varchar(10) NULL, \`responseDueOn\` varchar(10) NULL, \`state\` varchar(16) NOT NULL, \`createdById\` int NOT NULL, INDEX \`idx_inspections_region\` (\`regionCode\`), INDEX \`idx_inspections_inspecting_region\` (\`inspectingRegionCode\`), INDEX \`idx_inspections_state_changed\` (\`state\`, \`stateChangedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_inspections_state_changed\` ON \`inspections\``);
    await queryRunner.query(`DROP INDEX \`idx_inspections_inspecting_region\` ON \`inspections\``);
    await queryRunner.query(`DROP INDEX \`idx_inspections_region\` ON \`inspections\``);
    await queryRunner.query(`DROP TABLE \`inspections\``);
    await queryRunner.query(`DROP INDEX \`idx_inspection_findings_region\` ON \`inspection_findings\``);
    await queryRunner.query(`DROP INDEX \`idx_inspection_findings_inspection\` ON \`inspection_findings\``);
    await queryRunner.query(`DROP TABLE \`inspection_findings\``);
  }
}
