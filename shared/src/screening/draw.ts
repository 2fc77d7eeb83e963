import { isWithinRegion } from '../regions';
import { sha256Hex } from '../sha256';
import type { DrawnInspector, DrawnInstitution } from './records';

/**
 * 双随机一公开 (issue 17): the random draw of the institutions a flight check visits and of the inspectors who go.
 *
 * Sources: 国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见 (国发〔2019〕5号) — random inspected units,
 * random inspectors, results published, and “对…风险较高的…提高抽查比例和频次” (the risk weighting); 国务院办公厅关于推进
 * 医疗保障基金监管制度体系改革的指导意见 (国办发〔2020〕20号) — the 双随机一公开 mechanism for fund supervision; 医疗保障基金
 * 飞行检查管理暂行办法 (国家医保局令第6号, 2023; policy-modules §1.6) — pools of targets and inspectors, the annual plan drawn
 * 双随机, at least two enforcement officers on site; 行政处罚法 (2021) art. 43 — an officer whose ties could affect
 * impartiality recuses himself (here: no inspector from the county of a drawn institution).
 *
 * Anyone can re-run a draw: the generator is counter-based on SHA-256 of the seed (no Math.random), every step is integer
 * arithmetic (BigInt, no floating point that could differ between engines), the candidates are sorted by code and user
 * id so the database's row order does not matter, and `candidateHash` fingerprints exactly what the draw read.
 */

/** The bounds every draw request keeps (the API's DTO and the admin form read them). */
export const FLIGHT_CHECK_DRAW_BOUNDS = {
  institutionCount: { min: 1, max: 50 },
  /** 令第6号: at least two enforcement officers on site */
  inspectorCount: { min: 2, max: 50 },
  /** a seed is 1–64 printable characters; the API generates one (crypto random) when none is given */
  seedMaxLength: 64,
} as const;

/** A seed a person can type, read out and publish: printable ASCII, no spaces at either end. */
export const FLIGHT_CHECK_SEED_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,62}[\x21-\x7e])?$/;

/** An institution the draw may pick: one with an active agreement in the region. */
export interface DrawCandidateInstitution {
  code: string;
  name: string;
  /** its county */
  regionCode: string;
  /** a positive safe integer: 1 uniform, `riskWeight(fen)` risk-weighted */
  weight: number;
}

/** An inspector the draw may pick (before recusal). */
export interface DrawCandidateInspector {
  userId: number;
  displayName: string;
  regionCode: string;
}

/**
 * Risk weighting (国发〔2019〕5号: raise the share of risky units): proportional to the fen of the institution's open 疑点
 * (`amountAtStake`), plus one so an institution without open 疑点 keeps a chance of being drawn — the draw stays random,
 * only tilted. Linear in the amount: what is at stake is what a check can recover.
 */
export function riskWeight(openAmountFen: number): number {
  const fen = Number.isSafeInteger(openAmountFen) && openAmountFen > 0 ? openAmountFen : 0;
  return Math.min(fen, Number.MAX_SAFE_INTEGER - 1) + 1;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The candidates in draw order: institutions by code, inspectors by user id (byte order, not locale). */
export function canonicalCandidates(
  institutions: readonly DrawCandidateInstitution[],
  inspectors: readonly DrawCandidateInspector[],
): { institutions: DrawCandidateInstitution[]; inspectors: DrawCandidateInspector[] } {
  return { institutions: [...institutions].sort(byCode), inspectors: [...inspectors].sort((a, b) => a.userId - b.userId) };
}

/**
 * sha256 hex of the canonical candidate lists — what the draw's outcome depends on (codes, counties, weights; user ids,
 * regions), not display names: `{"institutions":[[code,regionCode,weight],…],"inspectors":[[userId,regionCode],…]}`.
 */
export function candidateHash(institutions: readonly DrawCandidateInstitution[], inspectors: readonly DrawCandidateInspector[]): string {
  const sorted = canonicalCandidates(institutions, inspectors);
  return sha256Hex(
    JSON.stringify({
      institutions: sorted.institutions.map((i) => [i.code, i.regionCode, i.weight]),
      inspectors: sorted.inspectors.map((u) => [u.userId, u.regionCode]),
    }),
  );
}

const TWO_64 = BigInt(2) ** BigInt(64);

/**
 * A counter-based generator: the n-th number of a stream is the first 64 bits of sha256(`${seed}|${stream}|${n}`).
 * `below(bound)` is uniform in [0, bound) by rejection (no modulo bias). Separate streams for institutions and inspectors,
 * so the inspectors' numbers do not depend on how many the institutions' draw consumed.
 */
export function seededStream(seed: string, stream: string): { below(bound: bigint): bigint } {
  let counter = 0;
  const next = () => BigInt('0x' + sha256Hex(`${seed}|${stream}|${counter++}`).slice(0, 16));
  return {
    below(bound: bigint): bigint {
      if (bound <= BigInt(0)) throw new RangeError('bound must be positive');
      const limit = (TWO_64 / bound) * bound;
      for (;;) {
        const x = next();
        if (x < limit) return x % bound;
      }
    },
  };
}

/**
 * Weighted sampling without replacement, one pick at a time: each round draws r in [0, remaining total weight) and takes
 * the candidate whose cumulative interval holds r, then removes it. Returns the picked indices in draw order.
 */
export function weightedSample(seed: string, stream: string, weights: readonly number[], count: number): number[] {
  for (const w of weights) if (!Number.isSafeInteger(w) || w < 1) throw new RangeError(`weight ${w} is not a positive safe integer`);
  const rng = seededStream(seed, stream);
  const remaining = weights.map((w, index) => ({ index, weight: BigInt(w) }));
  let total = remaining.reduce((sum, c) => sum + c.weight, BigInt(0));
  const picked: number[] = [];
  while (picked.length < count && remaining.length) {
    let r = rng.below(total);
    let at = 0;
    while (r >= remaining[at].weight) r -= remaining[at++].weight;
    picked.push(remaining[at].index);
    total -= remaining[at].weight;
    remaining.splice(at, 1);
  }
  return picked;
}

/** 回避: an inspector from (or below) the county of a drawn institution does not inspect it. */
export function isRecused(inspector: Pick<DrawCandidateInspector, 'regionCode'>, drawn: ReadonlyArray<Pick<DrawCandidateInstitution, 'regionCode'>>): boolean {
  return drawn.some((i) => isWithinRegion(inspector.regionCode, i.regionCode));
}

export interface FlightCheckDrawInput {
  seed: string;
  institutionCount: number;
  inspectorCount: number;
  institutions: readonly DrawCandidateInstitution[];
  inspectors: readonly DrawCandidateInspector[];
}

export type FlightCheckDrawOutcome =
  | {
      ok: true;
      candidateHash: string;
      institutions: DrawnInstitution[];
      inspectors: DrawnInspector[];
      /** inspectors left after recusal, the pool the inspectors were drawn from */
      eligibleInspectors: number;
    }
  | {
      /**
       * Fewer candidates than asked: the draw is refused rather than drawing everyone — a "random" draw of all candidates
       * is no draw, and 执法 needs the asked team size. `available` is what there is (inspectors: after recusal).
       */
      ok: false;
      candidateHash: string;
      field: 'institutionCount' | 'inspectorCount';
      requested: number;
      available: number;
    };

/** The draw: institutions weighted without replacement, then the inspectors uniformly from those not recused. */
export function drawFlightCheck(input: FlightCheckDrawInput): FlightCheckDrawOutcome {
  const hash = candidateHash(input.institutions, input.inspectors);
  const { institutions, inspectors } = canonicalCandidates(input.institutions, input.inspectors);
  if (institutions.length < input.institutionCount)
    return { ok: false, candidateHash: hash, field: 'institutionCount', requested: input.institutionCount, available: institutions.length };
  const drawn = weightedSample(
    input.seed,
    'institutions',
    institutions.map((i) => i.weight),
    input.institutionCount,
  ).map((at) => institutions[at]);
  const eligible = inspectors.filter((u) => !isRecused(u, drawn));
  if (eligible.length < input.inspectorCount)
    return { ok: false, candidateHash: hash, field: 'inspectorCount', requested: input.inspectorCount, available: eligible.length };
  const team = weightedSample(
    input.seed,
    'inspectors',
    eligible.map(() => 1),
    input.inspectorCount,
  ).map((at) => eligible[at]);
  return {
    ok: true,
    candidateHash: hash,
    institutions: drawn.map((i) => ({ code: i.code, name: i.name, regionCode: i.regionCode, weight: i.weight })),
    inspectors: team.map((u) => ({ userId: u.userId, displayName: u.displayName, regionCode: u.regionCode })),
    eligibleInspectors: eligible.length,
  };
}
