import type { EntityManager } from 'typeorm';
import { FraudCaseSerial } from './fraud-case.entity';

/**
 * The unit's next running number of a kind (`case`, a document kind) in a year, taken in the caller's
 * transaction: one conditional UPDATE (a row lock on MySQL; SQLite's writes are queued), or the first row. Two
 * first takes at once collide on the primary key: one of them answers 409 and is retried by its user.
 */
export async function nextSerial(em: EntityManager, regionCode: string, kind: string, year: number): Promise<number> {
  const key = { regionCode, kind, year };
  const bumped = await em
    .createQueryBuilder()
    .update(FraudCaseSerial)
    .set({ last: () => 'last + 1' })
    .where('regionCode = :regionCode AND kind = :kind AND year = :year', key)
    .execute();
  if (!bumped.affected) {
    await em.insert(FraudCaseSerial, { ...key, last: 1 });
    return 1;
  }
  return (await em.findOneByOrFail(FraudCaseSerial, key)).last;
}
