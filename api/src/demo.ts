import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { seedDemoUsers } from './platform/seed/seed';
import type { AuditLogService } from './platform/audit-log/audit-log.service';
import { seedAssistanceDemo } from './policy/assistance/demo';
import { seedDemoLedger, seedEnrollmentDemo } from './policy/enrollment/demo';

/**
 * The demo data (demo mode only), combined from the areas: the demo accounts with each area's parameter sets
 * in one transaction on first run, then the demo ledger. Each area keeps its own demo data in its demo.ts.
 */
export async function seedDemo(ds: DataSource, audit: AuditLogService, config: AppConfig, logger: Logger): Promise<void> {
  const demo = await seedDemoUsers(ds, audit, [seedAssistanceDemo, seedEnrollmentDemo]);
  if (demo) logger.log(`seeded ${demo} demo accounts (password in README)`);
  const ledger = await seedDemoLedger(ds, config.demoBeneficiaries);
  if (ledger) logger.log(`seeded a demo ledger of ${ledger} people with 2026 enrollments`);
}
