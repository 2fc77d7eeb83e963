import type { CostWarningDetectionSummary } from '@yibao/shared';
import { JobsService } from '../src/platform/jobs/jobs.service';
import { firstSheet, idFor, Session, TestApp } from './harness';

/**
 * The cases the assistance area's integration specs share, so each spec starts from its own fresh app and
 * builds the state it needs (no `it` leans on the one before it in another file's order).
 */

/** The persons of the warning cases: a 低保边缘 person, a monitored (易返贫致贫) one and one in no watched category. */
export const WARNING_PERSONS = {
  marginal: idFor('450202', '19700707', 301),
  monitored: idFor('450202', '19710707', 302),
  ordinary: idFor('450202', '19720707', 303),
};

/**
 * Records inpatient settlements as the county, one a day from 2026-03-01: burden after basic + 大病 =
 * total − basic − 大病 (half of the rest paid by aid).
 */
export function settlementRecorder(t: TestApp, county: Session) {
  let day = 1;
  return (idNumber: string, identityCategories: string[], totalCost: number, basic: number, criticalIllness: number) => {
    const aid = Math.floor((totalCost - basic - criticalIllness) / 2);
    return t
      .as(county)
      .post('/api/settlements')
      .send({
        regionCode: '450202',
        year: 2026,
        visitType: 'inpatient',
        hospitalLevel: 'secondary',
        totalCost,
        inPolicyCost: totalCost,
        inCatalogueCost: totalCost,
        identityCategories,
        idNumber,
        name: '测试',
        institutionCode: 'H45020200001',
        institutionName: '柳州市工人医院',
        settledOn: `2026-03-${String(day++).padStart(2, '0')}`,
        recorded: { basic, criticalIllness, medicalAid: aid, other: 0, outOfPocket: totalCost - basic - criticalIllness - aid },
      })
      .expect(201);
  };
}

/** Starts a detection (202 with the job), waits for the job and returns its summary. */
export async function detectWarnings(t: TestApp, who: Session, body: Record<string, unknown> = { year: 2026 }): Promise<CostWarningDetectionSummary> {
  const started = await t.as(who).post('/api/cost-warning-detections').send(body).expect(202);
  expect(started.body).toMatchObject({ kind: 'cost-warning-detection', status: 'queued', params: { year: body.year } });
  await t.app.get(JobsService).settle(started.body.id);
  const job = (await t.as(who).get(`/api/cost-warning-detections/${started.body.id}`).expect(200)).body;
  expect(job).toMatchObject({ status: 'succeeded', message: null });
  expect(job.processedUnits).toBe(job.totalUnits);
  return job.result as CostWarningDetectionSummary;
}

/**
 * Five settlements (2026-03-01 … 03-05) and a detection by the city: two warnings in 城中区, the 低保边缘
 * person's (burden 250,000 fen, 民政) and the monitored person's (340,000 fen, 乡村振兴), both `detected`.
 */
export async function recordWarningCases(t: TestApp, county: Session, city: Session): Promise<void> {
  const settle = settlementRecorder(t, county);
  const { marginal, monitored, ordinary } = WARNING_PERSONS;
  await settle(marginal, ['dibao_marginal'], 1_000_000, 600_000, 250_000);
  await settle(monitored, ['monitored_sudden'], 2_000_000, 1_200_000, 500_000);
  await settle(ordinary, ['rural_low_income'], 3_000_000, 1_500_000, 500_000);
  await settle(marginal, ['dibao_marginal'], 600_000, 400_000, 100_000);
  await settle(monitored, ['monitored_sudden'], 100_000, 60_000, 0);
  await detectWarnings(t, city);
}

/** The county works a warning to `cleared`: verify, one measure, assist, clear. */
export async function clearWarning(t: TestApp, county: Session, id: number): Promise<void> {
  let w = (await t.as(county).get(`/api/cost-warnings/${id}`).expect(200)).body;
  w = (await t.as(county).post(`/api/cost-warnings/${id}/actions/verify`).send({ comment: '入户核实', version: w.version }).expect(200)).body;
  w = (
    await t
      .as(county)
      .patch(`/api/cost-warnings/${id}`)
      .send({ measures: [{ type: 'medical_aid', amountFen: 150_000, note: '依申请医疗救助' }], version: w.version })
      .expect(200)
  ).body;
  w = (await t.as(county).post(`/api/cost-warnings/${id}/actions/assist`).send({ version: w.version }).expect(200)).body;
  await t.as(county).post(`/api/cost-warnings/${id}/actions/clear`).send({ comment: '风险消除', version: w.version }).expect(200);
}

/** The rows of a downloaded workbook's first sheet, as values. */
export async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  (await firstSheet(body)).eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}
