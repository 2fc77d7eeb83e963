import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DatabaseConfig } from '../config/config';
import { createDataSource, EntityList, migrate, MYSQL_COLLATION } from './data-source';

/**
 * Writes the migration that brings a database migrated to the latest existing migration up to the
 * entity model, for one dialect — TypeORM's migration:generate, plus our rules: MySQL tables are created
 * utf8mb4 explicitly, and the list in migrations/<dialect>/index.ts is kept in order.
 *
 *   node api/dist/api/src/cli.js generate-migration Name            (SQLite, a temporary file)
 *   DATABASE_URL=mysql://… node api/dist/api/src/cli.js generate-migration Name   (an empty MySQL database)
 */
export async function generateMigration(name: string, db: DatabaseConfig | undefined, sourceDir: string, entities: EntityList): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('migration name must be PascalCase, e.g. AddSettlements');
  const target: DatabaseConfig = db ?? { type: 'sqlite', path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-gen-')), 'gen.sqlite') };
  const ds = createDataSource(target, entities);
  await ds.initialize();
  try {
    await migrate(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return null;
    const dialect = target.type;
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const charsetSuffix = ` DEFAULT CHARSET=utf8mb4 COLLATE=${MYSQL_COLLATION}`;
    const fix = (q: string) => (dialect === 'mysql' && /^CREATE TABLE/i.test(q) && !/CHARSET=/i.test(q) ? q + charsetSuffix : q);
    const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(fix(q.query))});`);
    const down = sql.downQueries.reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`);
    const file = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.join('\n')}
  }
}
`;
    const dir = path.join(sourceDir, 'database', 'migrations', dialect);
    const fileName = `${timestamp}-${name}`;
    fs.writeFileSync(path.join(dir, `${fileName}.ts`), file);
    const indexPath = path.join(dir, 'index.ts');
    let index = fs.readFileSync(indexPath, 'utf8');
    index = `import { ${className} } from './${fileName}';\n` + index;
    index = index.replace(/= \[([^\]]*)\];/, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      items.push(className);
      return `= [${items.join(', ')}];`;
    });
    fs.writeFileSync(indexPath, index);
    return path.join(dir, `${fileName}.ts`);
  } finally {
    await ds.destroy();
  }
}
