import { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementPaidColumns1795628131312 implements MigrationInterface {
  name = 'SettlementPaidColumns1795628131312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`paidBasic\` bigint NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`paidCriticalIllness\` bigint NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`paidMedicalAid\` bigint NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`paidOther\` bigint NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`paidOutOfPocket\` bigint NOT NULL`);
    // hand edit: carry the recorded tiers out of the JSON column before dropping it
    await queryRunner.query(`UPDATE \`settlements\` SET \`paidBasic\` = JSON_VALUE(\`recorded\`, '$.basic'), \`paidCriticalIllness\` = JSON_VALUE(\`recorded\`, '$.criticalIllness'), \`paidMedicalAid\` = JSON_VALUE(\`recorded\`, '$.medicalAid'), \`paidOther\` = JSON_VALUE(\`recorded\`, '$.other'), \`paidOutOfPocket\` = JSON_VALUE(\`recorded\`, '$.outOfPocket')`);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`recorded\``);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`paidOutOfPocket\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`paidOther\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`paidMedicalAid\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`paidCriticalIllness\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` DROP COLUMN \`paidBasic\``);
    await queryRunner.query(`ALTER TABLE \`settlements\` ADD \`recorded\` varchar(500) NOT NULL`);
  }
}
