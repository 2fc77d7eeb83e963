import { EntityManager } from 'typeorm';
import {
  addToYearToDate,
  calculateSettlement,
  decodeCategories,
  EMPTY_YEAR_TO_DATE,
  encodeCategories,
  PolicyParameters,
  poolingRegionCodeOf,
  SETTLEMENT_INPUT_FIELDS,
  SETTLEMENT_TIERS,
  SettlementInput,
  SettlementTiers,
  SettlementYearToDate,
} from '@yibao/shared';
import { Settlement } from './settlement.entity';

export { blockedAt, institutionBlocks } from '../../fraud/institutions/institution-blocks';

/**
 * What recording a settlement means, shared by `POST /api/settlements`, the settlement import and recompute:
 * the calculator's tiers beside the recorded ones, the guard flags plus a mismatch flag, and the person's
 * year so far (settlements counted in recording order).
 */
export function recordedTiers(s: Pick<Settlement, 'paidBasic' | 'paidCriticalIllness' | 'paidMedicalAid' | 'paidOther' | 'paidOutOfPocket'>): SettlementTiers {
  return { basic: s.paidBasic, criticalIllness: s.paidCriticalIllness, medicalAid: s.paidMedicalAid, other: s.paidOther, outOfPocket: s.paidOutOfPocket };
}

export function inputOf(s: Pick<Settlement, (typeof SETTLEMENT_INPUT_FIELDS)[number]>): SettlementInput {
  return {
    visitType: s.visitType as SettlementInput['visitType'],
    hospitalLevel: s.hospitalLevel as SettlementInput['hospitalLevel'],
    inCounty: Boolean(s.inCounty),
    totalCost: s.totalCost,
    inPolicyCost: s.inPolicyCost,
    inCatalogueCost: s.inCatalogueCost,
    identityCategories: decodeCategories(s.identityCategories),
  };
}

/** The tiers must add up to the total cost; the message names the sum. */
export function tiersSumProblem(recorded: SettlementTiers, totalCost: number): string | null {
  const sum = SETTLEMENT_TIERS.reduce((n, k) => n + recorded[k], 0);
  return sum === totalCost ? null : `各项支付之和 ${sum} 须等于总费用 ${totalCost}（分） (the tiers must add up to the total)`;
}

/**
 * Computed tiers and flags of one settlement (flags comma-wrapped as stored), with the year so far after it.
 * `blocked`: the institution was suspended or terminated by a served fraud decision on the settlement date
 * (`blockedAt` over `institutionBlocks`) — the one place `institution_suspended` is set.
 */
export function assessSettlement(
  input: SettlementInput,
  recorded: SettlementTiers | 'as_computed',
  parameters: PolicyParameters,
  ytd: SettlementYearToDate,
  blocked: boolean,
) {
  const result = calculateSettlement(input, parameters, ytd);
  const computed = Object.fromEntries(SETTLEMENT_TIERS.map((k) => [k, result[k]])) as SettlementTiers;
  // 'as_computed': a settlement system that paid what the rules give (the demo's year of settlements)
  const mismatch = recorded !== 'as_computed' && SETTLEMENT_TIERS.some((k) => computed[k] !== recorded[k]);
  const flags = [...result.flags, ...(mismatch ? ['recorded_mismatch'] : []), ...(blocked ? ['institution_suspended'] : [])];
  return { result, computed, flags: flags.length ? `,${flags.join(',')},` : '', next: addToYearToDate(ytd, input, result) };
}

/**
 * The settlement (alias `alias`) paid less 大病保险 than the calculator computes for it (`computed` JSON): for a
 * poor person, the S4 §四 tilt not applied in full. One expression for both dialects (JSON_EXTRACT; `+ 0` makes
 * MariaDB's JSON text a number), read by the settlements list filter and the compliance computer alike.
 */
export function criticalIllnessShortSql(alias: string): string {
  return `(${alias}.paidCriticalIllness < ${computedCriticalIllnessSql(alias)})`;
}

/** The calculator's 大病保险 amount of a settlement (alias `alias`) as a number in SQL, on both dialects. */
export function computedCriticalIllnessSql(alias: string): string {
  return `(JSON_EXTRACT(${alias}.computed, '$.criticalIllness') + 0)`;
}

/** A person's year so far is kept per pooling region: the key of `yearsToDate`'s map. */
export function yearToDateKey(poolingRegionCode: string, idNumber: string): string {
  return `${poolingRegionCode}/${idNumber}`;
}

/**
 * The year so far of each person in a pooling region, from the settlements stored there (before `beforeId`
 * when given). Only that pooling region's: its caps and thresholds are its own (市级统筹), and a county must
 * not learn what a person spent in another region by recording a settlement for them (nor add to it there).
 */
export async function yearsToDate(
  em: EntityManager,
  people: ReadonlyArray<{ idNumber: string; poolingRegionCode: string }>,
  year: number,
  beforeId?: number,
): Promise<Map<string, SettlementYearToDate>> {
  const out = new Map<string, SettlementYearToDate>();
  if (!people.length) return out;
  const wanted = new Set(people.map((p) => yearToDateKey(p.poolingRegionCode, p.idNumber)));
  const qb = em
    .getRepository(Settlement)
    .createQueryBuilder('s')
    .select(['s.id', 's.idNumber', 's.poolingRegionCode', 's.inPolicyCost', 's.computed'])
    .where('s.idNumber IN (:...ids) AND s.year = :year AND s.poolingRegionCode IN (:...pools)', {
      ids: [...new Set(people.map((p) => p.idNumber))],
      year,
      pools: [...new Set(people.map((p) => p.poolingRegionCode))],
    });
  if (beforeId) qb.andWhere('s.id < :beforeId', { beforeId });
  for (const r of await qb.orderBy('s.id').getMany()) {
    const key = yearToDateKey(r.poolingRegionCode, r.idNumber);
    if (!wanted.has(key)) continue;
    const c = JSON.parse(r.computed) as SettlementTiers;
    const ytd = out.get(key) ?? { ...EMPTY_YEAR_TO_DATE };
    out.set(key, {
      settlements: ytd.settlements + 1,
      inPolicyCost: ytd.inPolicyCost + r.inPolicyCost,
      basic: ytd.basic + c.basic,
      criticalIllness: ytd.criticalIllness + c.criticalIllness,
      medicalAid: ytd.medicalAid + c.medicalAid,
    });
  }
  return out;
}

export interface SettlementFacts {
  idNumber: string;
  name: string;
  regionCode: string;
  year: number;
  settledOn: string;
  institutionCode: string;
  institutionName: string;
  settlementNo: string | null;
  /** the inpatient stay and the principal diagnosis, null when not recorded */
  admittedOn: string | null;
  dischargedOn: string | null;
  diagnosisCode: string | null;
  input: SettlementInput;
  recorded: SettlementTiers;
}

/** The row to store for a settlement and its assessment. */
export function settlementColumns(f: SettlementFacts, computed: SettlementTiers, flags: string): Partial<Settlement> {
  return {
    idNumber: f.idNumber,
    name: f.name,
    regionCode: f.regionCode,
    poolingRegionCode: poolingRegionCodeOf(f.regionCode)!,
    year: f.year,
    settledOn: f.settledOn,
    institutionCode: f.institutionCode,
    institutionName: f.institutionName,
    settlementNo: f.settlementNo,
    hospitalLevel: f.input.hospitalLevel,
    visitType: f.input.visitType,
    admittedOn: f.admittedOn,
    dischargedOn: f.dischargedOn,
    diagnosisCode: f.diagnosisCode,
    inCounty: f.input.inCounty ?? true,
    identityCategories: encodeCategories(f.input.identityCategories),
    totalCost: f.input.totalCost,
    inPolicyCost: f.input.inPolicyCost,
    inCatalogueCost: f.input.inCatalogueCost,
    paidBasic: f.recorded.basic,
    paidCriticalIllness: f.recorded.criticalIllness,
    paidMedicalAid: f.recorded.medicalAid,
    paidOther: f.recorded.other,
    paidOutOfPocket: f.recorded.outOfPocket,
    computed: JSON.stringify(computed),
    flags,
    version: 1,
  };
}
