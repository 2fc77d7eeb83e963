import { DataSource } from 'typeorm';
import {
  encodeCategories,
  IDENTITY_SUBSIDY_CATEGORY,
  IdentityCategory,
  idNumberCheckChar,
  NON_ENROLLMENT_REASONS,
  SubsidyCategory,
} from '@yibao/shared';
import { Region } from '../../platform/regions/region.entity';
import { Beneficiary } from '../../policy/enrollment/beneficiary.entity';
import { touchLedgerCounties } from '../../policy/enrollment/enrollment-counts';
import { Enrollment } from '../../policy/enrollment/enrollment.entity';
import { inTransaction } from '../data-source';
import { insertMany } from '../insert-many';

/** Illustrative 2026 subsidy amounts in fen (示例取值), ranked so "the highest, once" is visible. */
const DEMO_SUBSIDY_FEN: Record<SubsidyCategory, number> = { full: 38_000, dibao_fixed: 25_000, stable_phase_out: 15_000, temporary: 10_000, none: 0 };

/** Category mixes seen in county ledgers, most common first. */
const MIXES: IdentityCategory[][] = [
  ['registered_poor'],
  ['registered_poor'],
  ['registered_poor', 'rural_dibao'],
  ['rural_dibao'],
  ['rural_low_income'],
  ['rural_tekun'],
  ['monitored_unstable'],
  ['monitored_marginal'],
  ['dibao_marginal'],
  ['urban_dibao'],
  ['monitored_sudden', 'rural_low_income'],
];
const SURNAMES = '李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗韦覃蒙莫潘廖'.split('');
const GIVEN = '桂芳秀英华明伟强丽军平兰德海云玉福春生金文'.split('');

/** Deterministic pseudo-random numbers, so every demo database holds the same people. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A realistic demo ledger for 柳州市 and 桂林市: people spread over their counties with identity mixes,
 * and 2026 enrollments — about 97% enrolled, some with a valid reason, the rest 应保未保 — so rates,
 * lists and tasks have something to show. Demo mode only; `DEMO_BENEFICIARIES` sets the size.
 */
export async function seedDemoLedger(ds: DataSource, count: number): Promise<number> {
  if (count <= 0 || (await ds.getRepository(Beneficiary).count()) > 0) return 0;
  const counties = (await ds.getRepository(Region).createQueryBuilder('r').where("r.level = 'county'").andWhere('(r.code LIKE :a OR r.code LIKE :b)', { a: '4502%', b: '4503%' }).getMany()).map((r) => r.code);
  const rnd = lcg(20261125);
  const people: Array<Partial<Beneficiary>> = [];
  const seen = new Set<string>();
  for (let i = 0; people.length < count; i++) {
    const county = counties[Math.floor(rnd() * counties.length)];
    const birth = new Date(Date.UTC(1940, 0, 1) + Math.floor(rnd() * 25_000) * 86_400_000).toISOString().slice(0, 10);
    const first17 = `${county}${birth.replaceAll('-', '')}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
    if (seen.has(first17)) continue;
    seen.add(first17);
    const mix = MIXES[Math.floor(rnd() * MIXES.length)];
    people.push({
      idNumber: first17 + idNumberCheckChar(first17),
      name: SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)] + (rnd() < 0.6 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : ''),
      birthDate: birth,
      sex: Number(first17[16]) % 2 ? 'male' : 'female',
      regionCode: county,
      poolingRegionCode: `${county.slice(0, 4)}00`,
      identityCategories: encodeCategories(mix),
      sourceDepartment: mix.some((c) => c === 'registered_poor' || c.startsWith('monitored')) ? 'rural_revitalization' : 'civil_affairs',
      status: 'active',
      exitedOn: null,
      lastRosterMonth: '2026-10',
      version: 1,
    });
  }
  await inTransaction(ds, async (em) => {
    await insertMany(em, Beneficiary, people);
    const ids = await em.find(Beneficiary, { select: { id: true, regionCode: true, identityCategories: true }, order: { id: 'ASC' } });
    const enrollments = ids.map((b) => {
      const roll = rnd();
      const categories = b.identityCategories.split(',').filter(Boolean) as IdentityCategory[];
      const subsidy = categories.map((c) => IDENTITY_SUBSIDY_CATEGORY[c]).sort((x, y) => DEMO_SUBSIDY_FEN[y] - DEMO_SUBSIDY_FEN[x])[0];
      if (roll < 0.97) {
        return { beneficiaryId: b.id, year: 2026, regionCode: b.regionCode, enrolled: true, scheme: 'resident_basic', criticalIllness: true, commercialSupplementary: rnd() < 0.3, subsidyCategory: subsidy, subsidyAmount: DEMO_SUBSIDY_FEN[subsidy], paidOn: '2026-01-15', notEnrolledReason: null, version: 1 };
      }
      const reason = roll < 0.985 ? NON_ENROLLMENT_REASONS[Math.floor(rnd() * NON_ENROLLMENT_REASONS.length)] : null;
      return { beneficiaryId: b.id, year: 2026, regionCode: b.regionCode, enrolled: false, scheme: null, criticalIllness: false, commercialSupplementary: false, subsidyCategory: 'none', subsidyAmount: 0, paidOn: null, notEnrolledReason: reason, version: 1 };
    });
    await insertMany(em, Enrollment, enrollments);
    await touchLedgerCounties(em, people.map((p) => p.regionCode as string));
  });
  return people.length;
}
