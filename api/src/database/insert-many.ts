import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Multi-row INSERT in chunks, without TypeORM reloading generated columns afterwards (it would build one
 * `OR` per row, which SQLite refuses past 1,000 rows and which costs a round trip everywhere).
 */
export async function insertMany<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk)).updateEntity(false).execute();
  }
}
