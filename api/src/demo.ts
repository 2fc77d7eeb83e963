import { INestApplicationContext, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { demoContext, type DemoContext, seedDemoUsers } from './platform/seed/seed';
import type { AuditLogService } from './platform/audit-log/audit-log.service';
import { DEMO_ACTIVITY_YEAR, seedAssistanceActivity, seedAssistanceDemo } from './policy/assistance/demo';
import { recordDemoDeaths, seedDemoLedger, seedEnrollmentActivity, seedEnrollmentDemo } from './policy/enrollment/demo';
import { seedScreeningSettlements } from './policy/assistance/settlements/screening-demo';
import { seedInstitutionsDemo } from './policy/fraud/institutions/demo';
import { Beneficiary } from './policy/enrollment';
import { Settlement } from './policy/assistance';
import { ResponsibilityTable } from './policy/supervision/responsibility-tables/responsibility-table.entity';
import { seedAccountabilityActivity, seedSupervisionActivity } from './policy/supervision/demo';
import { seedInspectionActivity } from './policy/supervision/inspections/demo';
import { seedRectificationActivity } from './policy/rectification/demo';
import { seedFraudClueActivity } from './policy/fraud/fraud-clues/demo';
import { seedFraudParametersActivity } from './policy/fraud/fraud-parameters/demo';
import { seedFraudCaseActivity } from './policy/fraud/fraud-cases/demo';
import { seedFlightCheckDrawActivity } from './policy/screening/demo';
import { seedScreeningRunActivity } from './policy/screening/screening-runs/demo';
import { seedScreeningParametersActivity } from './policy/screening/screening-parameters/demo';
import { seedComplianceActivity } from './policy/compliance/demo';

/**
 * The demo data (demo mode only), combined from the areas: the demo accounts with each area's parameter sets
 * in one transaction on first run, then the demo ledger. Each area keeps its own demo data in its demo.ts.
 */
export async function seedDemo(ds: DataSource, audit: AuditLogService, config: AppConfig, logger: Logger): Promise<void> {
  const started = Date.now();
  // the institution registry before any settlement: its status history flags the demo settlements recorded later
  const demo = await seedDemoUsers(ds, audit, [seedAssistanceDemo, seedEnrollmentDemo, seedInstitutionsDemo]);
  if (demo) logger.log(`seeded ${demo} demo accounts and the approved 2025/2026 parameter sets (${seconds(started)})`);
  if (demo && config.demoBeneficiaries > 0) logger.log(`seeding the demo ledger of ${config.demoBeneficiaries} people…`);
  const ledger = await seedDemoLedger(ds, config.demoBeneficiaries);
  if (ledger) logger.log(`seeded a demo ledger of ${ledger} people with 2026 enrollments (${seconds(started)})`);
}

/**
 * The demo's work in progress (demo mode with a demo ledger, first run): each area's records written through
 * its services and the workflow engine as the demo accounts, once the app is initialised — settlements,
 * warnings, recognitions, verification tasks, responsibility tables and parameter sets in several states, with
 * something waiting in every county, city and province account's inbox. Integration tests (no demo ledger)
 * start without it. Dates are fixed in the demo year 2026 (the ledger's); the workflow's own timestamps
 * (state changes, deadlines) are those of the first start.
 */
export async function seedDemoActivity(app: INestApplicationContext, config: AppConfig, logger: Logger): Promise<void> {
  if (!config.demo || config.demoBeneficiaries <= 0) return;
  const demo = await demoContext(app);
  const repo = demo.ds.getRepository.bind(demo.ds);
  if ((await repo(Beneficiary).count()) === 0 || (await repo(Settlement).count()) > 0 || (await repo(ResponsibilityTable).count()) > 0) return;
  const started = Date.now();
  logger.log('seeding the demo activity through the services…');
  for (const [what, seed] of [
    ['资助参保 (verification tasks, subsidy standards)', seedEnrollmentActivity],
    ['三重保障 (settlements, warnings, recognitions, parameters)', seedAssistanceActivity],
    ['督导问责 (responsibility tables, reporting tasks)', seedSupervisionActivity],
    ['过度保障治理 (campaigns, rectification items)', seedRectificationActivity],
    ['督导检查 (inspections and their findings; after the campaigns)', seedInspectionActivity],
    ['追责问责 (accountability records; after the reporting tasks and items they arose from)', seedAccountabilityActivity],
    ['欺诈骗保参数 (广西 2026, approved; before the clues and cases it dates)', seedFraudParametersActivity],
    ['欺诈骗保线索 (fraud clues in every state but filed)', seedFraudClueActivity],
    ['欺诈骗保案件 (cases in every state, each filed from its clue; after the clues and the institutions)', seedFraudCaseActivity],
    ['智能监控规则参数 (柳州 2026, approved; before any screening run reads it)', seedScreeningParametersActivity],
    [
      '智能监控的结算 (a year of settlements with stays and diagnoses, planted cases; last, so no warning or screening above counts them)',
      seedScreeningActivity,
    ],
    ['智能监控筛查 (柳州 and 桂林 run every rule over 2026; 柳州 works a few 疑点 through every stage; after the settlements)', seedScreeningRunActivity],
    ['双随机抽查 (柳州市 draws three institutions for flight checks and plans them; last, over the 疑点 the runs found)', seedFlightCheckDrawActivity],
    [
      '政策合规审计 (广西 2026 lines approved; every month, quarter and the year of 2026 computed; 柳州 2026-Q3 frozen; last, over every module)',
      seedComplianceActivity,
    ],
  ] as const) {
    await seed(demo);
    logger.log(`seeded demo activity: ${what} (${seconds(started)})`);
  }
}

/** 智能监控's demo settlements (assistance) and the deaths the ledger records for them (enrollment). */
async function seedScreeningActivity(demo: DemoContext): Promise<void> {
  const { deaths } = await seedScreeningSettlements(demo.ds);
  await recordDemoDeaths(demo.ds, DEMO_ACTIVITY_YEAR, deaths);
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
