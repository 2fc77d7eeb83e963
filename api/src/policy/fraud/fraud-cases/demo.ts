import { addDays, chinaDate, type FraudCause } from '@yibao/shared';
import { In } from 'typeorm';
import type { DemoContext } from '../../../platform/seed/seed';
import { User } from '../../../platform/users/user.entity';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { FraudCluesService } from '../fraud-clues/fraud-clues.service';
import { FraudCasesService } from './fraud-cases.service';

/** Where the demo cases' clues came from, in turn. */
const SOURCES = ['tip_off', 'screening', 'inspection', 'referral', 'assigned', 'flight_check'] as const;
const CAUSE_SUMMARIES: Partial<Record<FraudCause, string>> = {
  split_admission: '同一患者短期内多次出入院，疑似分解住院',
  phantom_bed: '夜间查房多名住院患者不在床，疑似挂床住院',
  duplicate_charge: '同一项目在同日重复收费',
  fictitious_service: '病历记载的治疗项目无执行记录，疑似虚构医药服务',
  substitution: '药品进销存与结算数据不符，疑似串换药品',
};

/**
 * The handling unit's demo accounts: its certified officers (two, 令第4号 art. 16), its head, the legal reviewer
 * (not an officer of the case) and the document prefix. 桂林's second officer is its certified city officer.
 */
const UNITS = {
  lz: { officers: ['lz_inspector', 'lz_inspector2'], head: 'lz_head', reviewer: 'lz_city', docPrefix: '柳医保' },
  gl: { officers: ['gl_inspector', 'gl_city'], head: 'gl_head', reviewer: null, docPrefix: '桂林医保' },
} as const;

/** One demo case: the party, what it is filed for, and how far it has gone (days before today). */
interface DemoCase {
  /** the handling unit (柳州 unless said) */
  unit?: keyof typeof UNITS;
  /** a registered institution of the unit's city (institutions/demo.ts): the party is named from the registry */
  institutionCode: string;
  causes: FraudCause[];
  /** fen */
  amountInvolved: number;
  filedAgo: number;
  /** the steps after filing, in order */
  path: Array<
    | 'investigate'
    | 'pause'
    | 'extend'
    | 'review'
    | 'pass'
    | 'notify'
    | 'hearing'
    | 'decide'
    | 'serve'
    | 'pay_part'
    | 'pay_all'
    | 'close'
    | 'supervise'
    | 'terminate'
  >;
}

/**
 * The demo's cases (issue 16): 14 of 柳州市 across every state — filed, investigating (one paused for an appraisal,
 * one overdue), in legal review, notified, at a hearing, extended, decided, served under the province's 督办,
 * executing, closed and terminated — each filed from its own clue (logged, verified and filed through the clue's
 * workflow, which calls CaseFilingService) and carried through the engine as the demo accounts. Dates are relative
 * to the day of the first start, so the countdowns read as described. Runs after the clues' demo (its ~20 clues
 * stay short of filing). Three of 桂林市 — investigating, notified, decided — worked by its own accounts (gl_inspector,
 * gl_city, gl_head), so 桂林's inbox has cases too.
 */
export async function seedFraudCaseActivity(demo: DemoContext): Promise<void> {
  const clues = demo.get(FraudCluesService);
  const cases = demo.get(FraudCasesService);
  const workflow = demo.get(WorkflowService);
  const today = chinaDate(new Date());
  const ago = (n: number) => addDays(today, -n);
  const users = await demo.ds.getRepository(User).find({ where: { username: In([...UNITS.lz.officers, ...UNITS.gl.officers, 'lz_city']) } });
  const idOf = (username: string) => users.find((u) => u.username === username)!.id;
  const plan: DemoCase[] = [
    { institutionCode: 'H45020200001', causes: ['split_admission'], amountInvolved: 860_000, filedAgo: 3, path: [] },
    {
      institutionCode: 'H45020200002',
      causes: ['phantom_bed', 'excessive_testing'],
      amountInvolved: 2_350_000,
      filedAgo: 20,
      path: ['investigate'],
    },
    {
      institutionCode: 'H45020300001',
      causes: ['duplicate_charge'],
      amountInvolved: 420_000,
      filedAgo: 35,
      path: ['investigate', 'pause'],
    },
    {
      institutionCode: 'H45020200009',
      causes: ['substitution'],
      amountInvolved: 1_280_000,
      filedAgo: 100,
      path: ['investigate'],
    },
    {
      institutionCode: 'P45020200001',
      causes: ['facilitating_resale'],
      amountInvolved: 960_000,
      filedAgo: 40,
      path: ['investigate', 'review'],
    },
    {
      institutionCode: 'H45020400001',
      causes: ['over_standard_charge'],
      amountInvolved: 1_500_000,
      filedAgo: 50,
      path: ['investigate', 'review', 'pass', 'notify'],
    },
    {
      institutionCode: 'H45022300001',
      causes: ['excessive_testing'],
      amountInvolved: 1_120_000,
      filedAgo: 45,
      path: ['investigate', 'review', 'pass'],
    },
    {
      institutionCode: 'H45020500001',
      causes: ['fictitious_service'],
      amountInvolved: 3_200_000,
      filedAgo: 60,
      path: ['investigate', 'review', 'pass', 'notify', 'hearing'],
    },
    {
      institutionCode: 'H45020600001',
      causes: ['split_item_charge'],
      amountInvolved: 640_000,
      filedAgo: 105,
      path: ['investigate', 'extend', 'notify'],
    },
    {
      institutionCode: 'H45020200003',
      causes: ['out_of_scope_billing'],
      amountInvolved: 780_000,
      filedAgo: 70,
      path: ['investigate', 'notify', 'decide'],
    },
    {
      institutionCode: 'H45020400002',
      causes: ['excessive_treatment'],
      amountInvolved: 1_900_000,
      filedAgo: 80,
      path: ['investigate', 'notify', 'decide', 'serve', 'supervise'],
    },
    {
      institutionCode: 'P45020300002',
      causes: ['repeat_prescription'],
      amountInvolved: 350_000,
      filedAgo: 85,
      path: ['investigate', 'notify', 'decide', 'serve', 'pay_part'],
    },
    {
      institutionCode: 'H45020600002',
      causes: ['duplicate_charge'],
      amountInvolved: 500_000,
      filedAgo: 88,
      path: ['investigate', 'notify', 'decide', 'serve', 'pay_all', 'close'],
    },
    {
      institutionCode: 'H45020600004',
      causes: ['other_loss'],
      amountInvolved: 200_000,
      filedAgo: 30,
      path: ['investigate', 'terminate'],
    },
    { unit: 'gl', institutionCode: 'H45030500002', causes: ['phantom_bed'], amountInvolved: 1_460_000, filedAgo: 12, path: ['investigate'] },
    {
      unit: 'gl',
      institutionCode: 'H45032300005',
      causes: ['fictitious_service'],
      amountInvolved: 2_080_000,
      filedAgo: 32,
      path: ['investigate', 'notify'],
    },
    {
      unit: 'gl',
      institutionCode: 'H45030200001',
      causes: ['duplicate_charge'],
      amountInvolved: 560_000,
      filedAgo: 70,
      path: ['investigate', 'notify', 'decide'],
    },
  ];
  let n = 0;
  for (const c of plan) {
    n++;
    const unit = UNITS[c.unit ?? 'lz'];
    const [first, second] = unit.officers;
    const officer = demo.as(first);
    const head = demo.as(unit.head);
    const filedOn = ago(c.filedAgo);
    // the clue it is filed from, logged a week before by the inspector, verified and filed by the head (its `file`
    // action calls CaseFilingService), so the case file links back to a real clue
    const logged = await clues.create(officer, {
      source: SOURCES[n % SOURCES.length],
      receivedOn: addDays(filedOn, -7),
      summary: `${CAUSE_SUMMARIES[c.causes[0]] ?? '涉嫌违规使用医保基金'}（${c.institutionCode}）`,
      subjectType: 'institution',
      institutionCode: c.institutionCode,
      estimatedAmount: c.amountInvolved,
    });
    const verifying = await workflow.apply(officer, 'fraud-clues', logged.id, 'verify', { version: logged.version });
    await workflow.apply(head, 'fraud-clues', logged.id, 'file', {
      version: verifying.version,
      comment: '经核查，符合立案条件，同意立案',
      officerIds: [idOf(first), idOf(second)],
      causes: c.causes,
      amountInvolved: c.amountInvolved,
      conductEndedOn: addDays(filedOn, -120),
      healthHarmed: false,
      filedOn,
    });
    const id = (await clues.get(officer, logged.id)).caseId!;
    const version = async () => (await cases.get(officer, id)).version;
    const act = async (who: string, action: string, body: Record<string, unknown> = {}) =>
      workflow.apply(demo.as(who), 'fraud-cases', id, action, { version: await version(), ...body });
    // the amounts of the art. 38 penalty: 1.5× the loss, recovery of the loss
    const fine = Math.round(c.amountInvolved * 1.5);
    const at = (fraction: number) => ago(Math.max(0, Math.round(c.filedAgo * fraction)));
    for (const s of c.path) {
      switch (s) {
        case 'investigate':
          await act(first, 'start_investigation');
          break;
        case 'pause':
          await cases.addPause(officer, id, { kind: 'appraisal', from: ago(10), to: addDays(today, 10), version: await version() });
          break;
        case 'extend':
          await cases.addExtension(head, id, { days: 30, reason: '涉案病历数量大，需调取异地结算数据', collective: false, version: await version() });
          break;
        case 'review':
          await act(first, 'request_review', { reviewerId: idOf(unit.reviewer!) });
          break;
        case 'pass':
          await act(unit.reviewer!, 'pass_review', { reviewedOn: at(0.5) });
          break;
        case 'notify':
          await act(first, 'notify', {
            noticeNo: `${unit.docPrefix}罚告〔${filedOn.slice(0, 4)}〕${n}号`,
            noticedOn: at(0.4),
            proposedFine: fine,
            proposedRecoup: c.amountInvolved,
            hearingOffered: true,
          });
          break;
        case 'hearing':
          await act(first, 'request_hearing', { hearingOn: at(0.3) });
          break;
        case 'decide':
          await act(unit.head, 'decide', {
            decisionType: 'penalty',
            decisionNo: `${unit.docPrefix}罚〔${filedOn.slice(0, 4)}〕${n}号`,
            decidedOn: at(0.3),
            fine,
            recoup: c.amountInvolved,
            discretionTier: 'ordinary',
            discretionReason: '违法行为持续时间较短，案发后积极退回基金',
            statementWaived: false,
          });
          break;
        case 'serve':
          await act(first, 'serve', { servedOn: at(0.25) });
          break;
        case 'pay_part':
        case 'pay_all':
          await cases.addExecution(officer, id, {
            kind: 'recoup',
            amount: c.amountInvolved,
            paidOn: at(0.2),
            receiptNo: `桂非税${String(n).padStart(8, '0')}`,
            version: await version(),
          });
          if (s === 'pay_all')
            await cases.addExecution(officer, id, {
              kind: 'fine',
              amount: fine,
              paidOn: at(0.2),
              receiptNo: `桂非税${String(n + 100).padStart(8, '0')}`,
              version: await version(),
            });
          break;
        case 'close':
          await act(unit.head, 'close');
          break;
        case 'supervise':
          await cases.supervise(demo.as('gx_province'), id, { letterNo: '桂医保督〔2026〕3号', dueOn: addDays(today, 30), version: await version() });
          break;
        case 'terminate':
          await act(unit.head, 'terminate', { comment: '经查违法事实不能成立，终止调查' });
          break;
      }
    }
  }
}
