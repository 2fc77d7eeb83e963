import type { INestApplicationContext, Type } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HOLIDAY_NOTICES, Role, holidayNoticeEntries, parentRegionCodeOf, regionLevelOf, regionScopePrefix } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { Holiday } from '../holidays/holiday.entity';
import { Region } from '../regions/region.entity';
import { User } from '../users/user.entity';
import { AuditLogService } from '../audit-log/audit-log.service';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { inTransaction } from '../../database/data-source';
import { insertMany } from '../../database/insert-many';
import * as regionSeed from './regions.json';

/** Password of every demo account (README). A production start refuses to run while one still has it. */
export const DEMO_PASSWORD = 'Demo#2026';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; regionCode: string; enforcementCertNo?: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'system_admin', regionCode: '000000' },
  { username: 'security', displayName: '安全管理员', role: 'security_admin', regionCode: '000000' },
  { username: 'auditor', displayName: '审计管理员', role: 'audit_admin', regionCode: '000000' },
  { username: 'gx_province', displayName: '广西医保局督导处', role: 'province_supervisor', regionCode: '450000' },
  // 执法证号 (令第4号 art. 16): the 柳州 officers who investigate fraud cases hold one (demo numbers)
  { username: 'lz_city', displayName: '柳州市医保局', role: 'city_officer', regionCode: '450200', enforcementCertNo: '45020021000101' },
  { username: 'gl_city', displayName: '桂林市医保局', role: 'city_officer', regionCode: '450300', enforcementCertNo: '45030021000101' },
  { username: 'lz_chengzhong', displayName: '城中区医保局', role: 'county_officer', regionCode: '450202' },
  { username: 'lz_inspector', displayName: '柳州市医保基金稽查员', role: 'inspector', regionCode: '450200', enforcementCertNo: '45020021000102' },
  // issue 16: a case is investigated by two certified officers and decided by the unit's head
  { username: 'lz_inspector2', displayName: '柳州市医保基金稽查员（二）', role: 'inspector', regionCode: '450200', enforcementCertNo: '45020021000103' },
  { username: 'lz_head', displayName: '柳州市医保局负责人', role: 'bureau_head', regionCode: '450200' },
  // 桂林's cases are worked the same way: its head files and decides, its inspector and city officer (both certified) investigate
  { username: 'gl_head', displayName: '桂林市医保局负责人', role: 'bureau_head', regionCode: '450300' },
  { username: 'gl_inspector', displayName: '桂林市医保基金稽查员', role: 'inspector', regionCode: '450300', enforcementCertNo: '45030021000102' },
  // issue 17: county inspectors, so a 双随机 draw can show recusal (回避: none inspects an institution of his own county)
  { username: 'lz_chengzhong_inspector', displayName: '城中区医保基金稽查员', role: 'inspector', regionCode: '450202', enforcementCertNo: '45020221000101' },
  { username: 'lz_liujiang_inspector', displayName: '柳江区医保基金稽查员', role: 'inspector', regionCode: '450206', enforcementCertNo: '45020621000101' },
];

/**
 * Reference data every deployment needs (production too): the division codes. Idempotent — inserts
 * the codes that are missing and leaves edited names alone.
 */
export async function seedRegions(ds: DataSource): Promise<number> {
  const rows = (regionSeed as unknown as { regions: [string, string][] }).regions;
  const existing = new Set((await ds.getRepository(Region).find({ select: { code: true } })).map((r) => r.code));
  const missing = rows.filter(([code]) => !existing.has(code));
  if (!missing.length) return 0;
  await inTransaction(ds, async (em) => {
    await insertMany(
      em,
      Region,
      missing.map(([code, name]) => ({ code, name, level: regionLevelOf(code), parentCode: parentRegionCodeOf(code), version: 1 })),
    );
  });
  return missing.length;
}

/**
 * Reference data every deployment needs (production too), like the division codes: the State Council's notices
 * in shared `HOLIDAY_NOTICES`. A year is written only while the table has no day of it, so the system admin's
 * corrections and deletions within a year stay; a notice added in a later release reaches existing databases.
 */
export async function seedHolidays(ds: DataSource): Promise<number> {
  let written = 0;
  for (const notice of HOLIDAY_NOTICES) {
    const present = await ds
      .getRepository(Holiday)
      .createQueryBuilder('h')
      .where('h.date LIKE :year', { year: `${notice.year}-%` })
      .getCount();
    if (present) continue;
    const entries = holidayNoticeEntries(notice);
    await inTransaction(ds, (em) =>
      insertMany(
        em,
        Holiday,
        entries.map((e) => ({ ...e, version: 1 })),
      ),
    );
    written += entries.length;
  }
  return written;
}

/** What a policy area writes with the demo accounts: in their transaction, on first run only (src/demo.ts). */
export type DemoAlongsideAccounts = (em: EntityManager, audit: AuditLogService, now: Date) => Promise<void>;

/** The columns of a demo parameter set that starts approved (in force), as if the province had signed it off. */
export function approvedDemoSet(document: object, now: Date) {
  const text = JSON.stringify(document);
  return { document: text, approvedDocument: text, state: 'approved', stateChangedAt: now, approvedAt: now, version: 1, updatedById: null };
}

/**
 * Demo accounts (authorised, no password change due) and what the areas write alongside them (their demo
 * parameter sets), on first run only (an empty users table).
 */
export async function seedDemoUsers(ds: DataSource, audit: AuditLogService, alongside: readonly DemoAlongsideAccounts[] = []): Promise<number> {
  if ((await ds.getRepository(User).count()) > 0) return 0;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  await inTransaction(ds, async (em) => {
    const now = new Date();
    await em.insert(
      User,
      DEMO_ACCOUNTS.map((a, i) => ({
        ...a,
        passwordHash: hashes[i],
        enabled: true,
        authorized: true,
        mustChangePassword: false,
        passwordChangedAt: now,
        version: 1,
      })),
    );
    await audit.append(
      em,
      { username: 'system', ip: null },
      { action: 'seed', resource: 'users', after: { demoAccounts: DEMO_ACCOUNTS.map((a) => a.username) } },
    );
    for (const write of alongside) await write(em, audit, now);
  });
  return DEMO_ACCOUNTS.length;
}

/** The demo accounts that still have the published demo password. */
export async function demoAccountsWithDemoPassword(ds: DataSource): Promise<string[]> {
  const found: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const user = await ds.getRepository(User).findOneBy({ username: a.username });
    if (user && (await verifyPassword(DEMO_PASSWORD, user.passwordHash))) found.push(a.username);
  }
  return found;
}

/**
 * What an area's demo activity works with once the app is initialised (the workflow subjects registered):
 * the demo accounts as signed-in actors, and the area's own services — so demo records go through the same
 * validation, calculator, workflow engine and audit chain as a user's.
 */
export interface DemoContext {
  ds: DataSource;
  /** a demo account as the actor of a service call (a seed has no session) */
  as(username: string): Actor;
  /** a service of the running app */
  get<T>(type: Type<T>): T;
}

export async function demoContext(app: INestApplicationContext): Promise<DemoContext> {
  const ds = app.get(DataSource);
  const users = new Map((await ds.getRepository(User).find()).map((u) => [u.username, u]));
  return {
    ds,
    as(username) {
      const user = users.get(username);
      if (!user) throw new Error(`demo account ${username} is missing`);
      return {
        userId: user.id,
        username: user.username,
        role: user.role as Role,
        regionCode: user.regionCode,
        scopePrefix: regionScopePrefix(user.regionCode),
        sessionId: 'demo-seed',
        csrfToken: '',
        viaCookie: false,
        ip: null,
      };
    },
    get: (type) => app.get(type, { strict: false }),
  };
}
