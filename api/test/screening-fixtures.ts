import type { FraudSuspicionState, ScreeningRuleId } from '@yibao/shared';
import { chinaDate, FINISHED_SUSPICION_STATES } from '@yibao/shared';
import { createHash } from 'node:crypto';
import { FraudSuspicion } from '../src/policy/screening';
import { SuspicionStagesService } from '../src/policy/screening/fraud-suspicions/suspicion-stages.service';
import { storedSettlement } from './fixtures';
import { idFor, TestApp } from './harness';

/**
 * 疑点 as a screening run leaves them, written straight through the repositories (the runs are their own spec): the
 * triggering settlements stored as the calculator leaves them, then the 疑点 over them, due as its `pending` stage.
 */
let seq = 0;

export interface StaySpec {
  admittedOn: string;
  dischargedOn: string;
  diagnosisCode?: string;
  inPolicyCost?: number;
}

/** One stored inpatient settlement of `idNumber` in `county` at `institutionCode`. */
export function storedStay(t: TestApp, county: string, idNumber: string, institutionCode: string, stay: StaySpec): Promise<number> {
  const cost = stay.inPolicyCost ?? 500_000;
  return storedSettlement(t, {
    idNumber,
    regionCode: county,
    settledOn: stay.dischargedOn,
    admittedOn: stay.admittedOn,
    dischargedOn: stay.dischargedOn,
    diagnosisCode: stay.diagnosisCode ?? 'J18.9',
    institutionCode,
    institutionName: '测试医院',
    settlementNo: `SCR${++seq}-${Date.now()}`,
    cost,
    paid: { basic: Math.floor(cost * 0.6), medicalAid: Math.floor(cost * 0.3) },
  });
}

export interface SuspicionSpec {
  county?: string;
  ruleId?: ScreeningRuleId;
  institutionCode?: string;
  year?: number;
  amountAtStake?: number;
  state?: FraudSuspicionState;
  dismissReason?: string | null;
  /** the person (default a fresh one of the county) */
  idNumber?: string;
  /** the triggering stays (default: a readmission pair of the person) */
  stays?: StaySpec[];
}

/** A 疑点 of a split admission (by default) in `county` over freshly stored stays, in `state` (default pending). */
export async function storedSuspicion(t: TestApp, spec: SuspicionSpec = {}): Promise<FraudSuspicion> {
  const county = spec.county ?? '450202';
  const institutionCode = spec.institutionCode ?? 'H45020200001';
  const year = spec.year ?? 2026;
  const idNumber = spec.idNumber ?? idFor(county, '19600101', 100 + (++seq % 800));
  const stays = spec.stays ?? [
    { admittedOn: `${year}-03-01`, dischargedOn: `${year}-03-08`, diagnosisCode: 'J18.9' },
    { admittedOn: `${year}-03-12`, dischargedOn: `${year}-03-20`, diagnosisCode: 'J18.1' },
  ];
  const settlementIds: number[] = [];
  for (const stay of stays) settlementIds.push(await storedStay(t, county, idNumber, institutionCode, stay));
  const state = spec.state ?? 'pending';
  const due = await t.app.get(SuspicionStagesService).dueOn(state, county, year, chinaDate(new Date()), t.ds.manager);
  const repo = t.ds.getRepository(FraudSuspicion);
  return repo.save(
    repo.create({
      regionCode: county,
      poolingRegionCode: county.slice(0, 4) + '00',
      year,
      runId: 1,
      ruleId: spec.ruleId ?? 'split_admission',
      hitKey: createHash('sha256')
        .update(`${settlementIds.join(',')}/${++seq}`)
        .digest('hex'),
      institutionCode,
      institutionName: '测试医院',
      idNumber,
      name: '测试',
      settlementIds: JSON.stringify(settlementIds),
      amountAtStake: spec.amountAtStake ?? 500_000,
      detail: '出院后 4 天内因同一诊断（J18）再次入院 (readmitted within 4 days; N = 15)',
      state,
      finished: FINISHED_SUSPICION_STATES.includes(state),
      dueOn: due.dueOn,
      dueApproximate: due.approximate,
      claimedById: null,
      claimedAt: null,
      dismissReason: spec.dismissReason ?? null,
      clueId: null,
      version: 1,
      stateChangedAt: new Date(),
    }),
  );
}
