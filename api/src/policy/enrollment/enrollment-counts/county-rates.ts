import type { DataSource } from 'typeorm';
import { decodeCategories, IdentityCategory } from '@yibao/shared';
import type { RegionScope } from '../../../common/region-scope';
import { enrollmentCountsByCounty } from './enrollment-counts';

/**
 * The one aggregation behind enrollment rates and the monthly bulletin: active ledger entries per county with
 * their enrollment in the year, rolled up to cities; nothing is counted twice.
 */

/** Persons, valid exclusions and enrolled of one region; the rate follows (DOMAIN §2). */
export interface Counts {
  persons: number;
  validExclusions: number;
  enrolled: number;
}

export const zeroCounts = (): Counts => ({ persons: 0, validExclusions: 0, enrolled: 0 });

/** 参保率 = enrolled ÷ (persons − valid exclusions), in basis points rounded down; null without a denominator. */
export function withRate(c: Counts) {
  const denominator = c.persons - c.validExclusions;
  return { ...c, notEnrolled: denominator - c.enrolled, rateBp: denominator > 0 ? Math.floor((c.enrolled * 10000) / denominator) : null };
}

const add = <T extends object>(into: T, from: T) => {
  for (const k of Object.keys(from) as (keyof T)[]) (into[k] as number) += from[k] as number;
  return into;
};

export type CountsByCounty = Map<string, Map<IdentityCategory | 'all', Counts>>;

/**
 * Active persons per county (6-digit code) of `region`: in total (key `all`) and per identity category,
 * from the kept counts by county × stored category set × enrollment state (`enrollment-counts.ts`),
 * expanded to categories here. A person in two categories counts in both, once in `all`.
 */
export async function countsByCounty(ds: DataSource, region: RegionScope, year: number): Promise<CountsByCounty> {
  const out: CountsByCounty = new Map();
  for (const r of await enrollmentCountsByCounty(ds, region, year)) {
    const groups = out.get(r.county) ?? out.set(r.county, new Map()).get(r.county)!;
    for (const key of ['all' as const, ...decodeCategories(r.categories)]) {
      const c = groups.get(key) ?? groups.set(key, zeroCounts()).get(key)!;
      c.persons += r.n;
      if (r.state === 'enrolled') c.enrolled += r.n;
      if (r.state === 'excluded') c.validExclusions += r.n;
    }
  }
  return out;
}

/** One group's counts per county, e.g. `all` or an identity category (counties without any are left out). */
export function pick(byCounty: CountsByCounty, key: IdentityCategory | 'all'): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const [county, groups] of byCounty) {
    const c = groups.get(key);
    if (c && c.persons > 0) out.set(county, c);
  }
  return out;
}

/** County counts summed into the regions whose code is the first `length` digits (2 province, 4 city, 6 county). */
export function rollUp<T extends object>(byCounty: Map<string, T>, length: number, zero: () => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [county, c] of byCounty) {
    const code = county.slice(0, length).padEnd(6, '0');
    add(out.get(code) ?? out.set(code, zero()).get(code)!, c);
  }
  return out;
}
