import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import * as path from 'node:path';
import { ADMIN_ROLES, checkPassword, describePasswordProblem, isAdminRole, NATIONAL_ROOT_CODE, ROLE_LABELS, Role } from '@yibao/shared';
import { passwordStrengthScore } from './platform/auth/password-strength';
import { ENTITIES } from './areas';
import { loadConfig } from './config/config';
import { configureSessions, createDataSource, inTransaction, migrate } from './database/data-source';
import { withStartLock } from './database/start-lock';
import { generateMigration } from './database/generate-migration';
import { seedHolidays, seedRegions } from './platform/seed/seed';
import { AuditLogService } from './platform/audit-log/audit-log.service';
import { hashPassword } from './platform/auth/password-hasher';
import { User } from './platform/users/user.entity';

const USAGE = `usage: node api/dist/api/src/cli.js <command>
  migrate                         apply pending migrations and seed the division codes (DATABASE_URL)
  create-admin <username> [name] [--role system_admin|security_admin|audit_admin]
                                  create an administrator (default: system admin) at the national root; the
                                  password is read from YIBAO_ADMIN_PASSWORD (never from the command line).
                                  三权分立: the only way one person creates an administrator account — run it
                                  at installation for each of the three roles
  generate-migration <Name>       write the migration for entity changes (SQLite by default; set
                                  DATABASE_URL=mysql://… to an empty database for the MySQL one)
  sign-audit-chain                re-sign an audit chain written before it was keyed with AUDIT_HMAC_KEY
                                  (checks the old chain first; refuses a broken one)`;

/** Positional arguments after the command, with `--name value` options taken out. */
function positional(): string[] {
  const out: string[] = [];
  for (let i = 3; i < process.argv.length; i++) {
    if (process.argv[i].startsWith('--')) i++;
    else out.push(process.argv[i]);
  }
  return out;
}

function arg(i: number): string | undefined {
  return positional()[i];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 2 ? process.argv[i + 1] : undefined;
}

async function main() {
  const command = process.argv[2];
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const ds = await createDataSource(config.database, ENTITIES).initialize();
      try {
        // as the API's start does: read-your-writes and commit markers on Galera
        await configureSessions(ds);
        // not beside an API process that is preparing the same database
        await withStartLock(ds, new Logger('Database'), async () => {
          const ran = await migrate(ds);
          console.log(`applied ${ran.length} migration(s)${ran.length ? ': ' + ran.join(', ') : ''}`);
          await new AuditLogService(ds, config).ensureChainHead();
          console.log(`seeded ${await seedRegions(ds)} region(s)`);
          console.log(`seeded ${await seedHolidays(ds)} holiday calendar day(s)`);
        });
      } finally {
        await ds.destroy();
      }
      return;
    }
    case 'create-admin': {
      const username = arg(0);
      const password = process.env.YIBAO_ADMIN_PASSWORD;
      if (!username) throw new Error('create-admin needs a username');
      if (!password) throw new Error("set YIBAO_ADMIN_PASSWORD to the new administrator's password");
      const role = (option('role') ?? 'system_admin') as Role;
      if (!isAdminRole(role)) throw new Error(`--role must be one of ${ADMIN_ROLES.join(', ')}`);
      const pure = checkPassword(password, config.passwordPolicy, username);
      const problems = pure.length
        ? pure
        : checkPassword(password, config.passwordPolicy, username, { strengthScore: passwordStrengthScore(password, [username]) });
      if (problems.length) throw new Error(problems.map((p) => describePasswordProblem(p, config.passwordPolicy)).join('; '));
      const ds = await createDataSource(config.database, ENTITIES).initialize();
      try {
        if (await ds.showMigrations()) throw new Error('pending migrations: run `npm run migrate` first');
        const audit = new AuditLogService(ds, config);
        await audit.ensureChainHead();
        if (await ds.getRepository(User).findOneBy({ username })) throw new Error(`user ${username} already exists`);
        const passwordHash = await hashPassword(password);
        await inTransaction(ds, async (em) => {
          const user = await em.save(
            em.create(User, {
              username,
              displayName: arg(1) ?? ROLE_LABELS[role],
              passwordHash,
              role,
              regionCode: NATIONAL_ROOT_CODE,
              enabled: true,
              // the installer chose the password and is the authority here: authorised, no change due
              authorized: true,
              mustChangePassword: false,
              passwordChangedAt: new Date(),
              version: 1,
            }),
          );
          await audit.append(
            em,
            { username: 'cli', ip: null },
            { action: 'create', resource: 'users', resourceId: user.id, after: { username, role, regionCode: NATIONAL_ROOT_CODE } },
          );
        });
        console.log(`created ${role} ${username}`);
      } finally {
        await ds.destroy();
      }
      return;
    }
    case 'sign-audit-chain': {
      const ds = await createDataSource(config.database, ENTITIES).initialize();
      try {
        const audit = new AuditLogService(ds, config);
        if (!(await audit.isUnkeyed())) throw new Error('the audit chain is empty or already keyed: nothing to re-sign');
        console.log(`re-signed ${await audit.signUnkeyedChain('cli')} audit row(s) with the chain key`);
      } finally {
        await ds.destroy();
      }
      return;
    }
    case 'generate-migration': {
      const name = arg(0);
      if (!name) throw new Error('generate-migration needs a PascalCase name');
      const sourceDir = path.resolve(__dirname, '../../../src');
      const file = await generateMigration(name, process.env.DATABASE_URL ? config.database : undefined, sourceDir, ENTITIES);
      console.log(file ? `wrote ${file}` : 'no changes: entities and migrations agree');
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command ? 1 : 0;
  }
}

main().catch((err) => {
  console.error(`yibao: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
