import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Sets a few columns on many rows, each row its own values, in one statement per chunk:
 * `UPDATE t SET a = CASE id WHEN ? THEN ? … END, … WHERE id IN (…)` — the same SQL on SQLite and MySQL,
 * instead of one round trip per row. `rows[i]` is `[id, ...values in the order of columns]`.
 */
export async function updateById<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  columns: readonly string[],
  rows: readonly unknown[][],
  chunk = 1000,
): Promise<void> {
  const q = (c: string) => em.connection.driver.escape(c);
  const table = em.connection.getMetadata(entity).tableName;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const sets = columns.map((c, j) => {
      const whens = part.map((r) => {
        params.push(r[0], r[j + 1]);
        return 'WHEN ? THEN ?';
      });
      return `${q(c)} = CASE ${q('id')} ${whens.join(' ')} END`;
    });
    params.push(...part.map((r) => r[0]));
    await em.query(`UPDATE ${q(table)} SET ${sets.join(', ')} WHERE ${q('id')} IN (${part.map(() => '?').join(',')})`, params);
  }
}
