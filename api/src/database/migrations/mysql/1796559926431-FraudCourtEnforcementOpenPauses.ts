import { MigrationInterface, QueryRunner } from 'typeorm';

export class FraudCourtEnforcementOpenPauses1796559926431 implements MigrationInterface {
  name = 'FraudCourtEnforcementOpenPauses1796559926431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`fraud_cases\` ADD \`courtEnforcementAcceptedOn\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`fraud_cases\` ADD \`courtEnforcementNo\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`fraud_case_pauses\` CHANGE \`toOn\` \`toOn\` varchar(10) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`fraud_case_pauses\` CHANGE \`toOn\` \`toOn\` varchar(10) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`fraud_cases\` DROP COLUMN \`courtEnforcementNo\``);
    await queryRunner.query(`ALTER TABLE \`fraud_cases\` DROP COLUMN \`courtEnforcementAcceptedOn\``);
  }
}
