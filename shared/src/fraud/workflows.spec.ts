import { actionPayloadOf, availableActions, checkTransition, reachableStates, type PayloadUser } from '../workflow';
import { FRAUD_CASE_STATES, FRAUD_CASE_WORKFLOW, FRAUD_CLUE_STATES, FRAUD_CLUE_WORKFLOW, FRAUD_CASE_STATE_CODES, type FraudPartyType } from '.';

/** The fixed action names: from → to, and the payload each takes (acceptance checks use them). */
const CLUE_ACTIONS: Record<string, [string[], string, string[]]> = {
  verify: [['received'], 'verifying', []],
  file: [['verifying'], 'filed', ['officerIds', 'causes', 'amountInvolved', 'conductEndedOn', 'healthHarmed', 'filedOn']],
  not_file: [['verifying'], 'not_filed', []],
  transfer: [['received', 'verifying'], 'transferred', []],
  extend: [['verifying'], 'verifying', []],
};
const CASE_ACTIONS: Record<string, [string[], string, string[]]> = {
  start_investigation: [['filed'], 'investigating', []],
  request_review: [['investigating'], 'legal_review', ['reviewerId']],
  pass_review: [['legal_review'], 'reviewed', ['reviewedOn']],
  return_review: [['legal_review'], 'investigating', []],
  notify: [
    ['investigating', 'reviewed', 'notified'],
    'notified',
    ['noticeNo', 'noticedOn', 'proposedFine', 'proposedRecoup', 'measures', 'hearingOffered', 'changeReason'],
  ],
  request_hearing: [['notified'], 'hearing', ['hearingOn']],
  conclude_hearing: [['hearing'], 'notified', ['hearingConcludedOn']],
  decide: [
    ['notified'],
    'decided',
    [
      'decisionType',
      'decisionNo',
      'decidedOn',
      'fine',
      'recoup',
      'confiscate',
      'measures',
      'discretionTier',
      'discretionReason',
      'statementWaived',
      'suspensionMonths',
    ],
  ],
  serve: [['decided'], 'served', ['servedOn']],
  start_execution: [['served'], 'executing', []],
  close: [['served', 'executing'], 'closed', []],
  terminate: [['filed', 'investigating', 'legal_review', 'reviewed', 'notified', 'hearing'], 'terminated', []],
};

describe.each([
  ['fraud-clues', FRAUD_CLUE_WORKFLOW, CLUE_ACTIONS, FRAUD_CLUE_STATES],
  ['fraud-cases', FRAUD_CASE_WORKFLOW, CASE_ACTIONS, FRAUD_CASE_STATES],
] as const)('the %s workflow (issue 16, fixed names)', (resource, def, actions, states) => {
  it('has exactly the issue’s actions, each from and to its states', () => {
    expect(def.resource).toBe(resource);
    expect(Object.keys(def.actions).sort()).toEqual(Object.keys(actions).sort());
    for (const [name, [from, to]] of Object.entries(actions)) {
      expect([name, [...def.actions[name].from].sort(), def.actions[name].to]).toEqual([name, [...from].sort(), to]);
    }
  });

  it('has the states of its code list, each reachable and labelled from it', () => {
    expect(Object.keys(def.states)).toEqual([...states]);
    expect([...reachableStates(def)].sort()).toEqual([...states].sort());
  });

  it('declares each payload field of the issue, typed', () => {
    for (const [name, [, , fields]] of Object.entries(actions)) {
      expect([name, Object.keys(def.actions[name].payload ?? {}).sort()]).toEqual([name, [...fields].sort()]);
    }
  });
});

describe('who acts (令第4号: the handling unit’s officers investigate, its own head decides)', () => {
  const cityCase = { regionCode: '450200' };
  const head = { role: 'bureau_head' as const, regionCode: '450200' };
  const officer = { role: 'inspector' as const, regionCode: '450200' };

  it.each<[string, string, { role: 'bureau_head' | 'inspector' | 'province_supervisor' | 'county_officer'; regionCode: string }, string]>([
    ['decide', 'notified', head, 'ok'],
    ['decide', 'notified', officer, 'forbidden'],
    // the level above supervises (督办); it does not decide
    ['decide', 'notified', { role: 'bureau_head', regionCode: '450000' }, 'forbidden'],
    ['decide', 'notified', { role: 'province_supervisor', regionCode: '450000' }, 'forbidden'],
    ['close', 'executing', head, 'ok'],
    ['close', 'decided', head, 'wrong_state'],
    ['start_investigation', 'filed', officer, 'ok'],
    ['start_investigation', 'filed', { role: 'county_officer', regionCode: '450202' }, 'forbidden'],
    ['terminate', 'hearing', head, 'ok'],
    ['terminate', 'decided', head, 'wrong_state'],
  ])('%s in %s by %o → %s', (action, state, actor, expected) => {
    const r = checkTransition(FRAUD_CASE_WORKFLOW, state, action, actor, cityCase, 'reason');
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
  });

  it('needs a reason to terminate, return a review, not file or transfer', () => {
    expect(checkTransition(FRAUD_CASE_WORKFLOW, 'filed', 'terminate', head, cityCase, ' ')).toEqual({ ok: false, reason: 'comment_required' });
    expect(checkTransition(FRAUD_CASE_WORKFLOW, 'legal_review', 'return_review', officer, cityCase, null)).toEqual({ ok: false, reason: 'comment_required' });
    expect(checkTransition(FRAUD_CLUE_WORKFLOW, 'verifying', 'not_file', head, cityCase, '')).toEqual({ ok: false, reason: 'comment_required' });
    expect(checkTransition(FRAUD_CLUE_WORKFLOW, 'verifying', 'transfer', officer, cityCase, '')).toEqual({ ok: false, reason: 'comment_required' });
  });

  it('shows a head the filing decision and an officer the verification', () => {
    expect(availableActions(FRAUD_CLUE_WORKFLOW, 'verifying', head, cityCase).sort()).toEqual(['extend', 'file', 'not_file', 'transfer']);
    expect(availableActions(FRAUD_CLUE_WORKFLOW, 'received', officer, cityCase).sort()).toEqual(['transfer', 'verify']);
  });

  it('labels the states from the code list (one label source)', () => {
    expect(FRAUD_CASE_WORKFLOW.states.reviewed.label).toEqual({ zh: FRAUD_CASE_STATE_CODES.zh.reviewed, en: FRAUD_CASE_STATE_CODES.en.reviewed });
  });
});

describe('typed payloads through the engine', () => {
  const file = FRAUD_CLUE_WORKFLOW.actions.file;
  const decide = FRAUD_CASE_WORKFLOW.actions.decide;
  const requestReview = FRAUD_CASE_WORKFLOW.actions.request_review;
  // 1, 2: inspectors of 柳州; 3: its bureau head; 4: an inspector of 桂林
  const users = new Map<number, PayloadUser>(
    (
      [
        [1, 'inspector', '450200'],
        [2, 'inspector', '450200'],
        [3, 'bureau_head', '450200'],
        [4, 'inspector', '450300'],
      ] as const
    ).map(([id, role, regionCode]) => [id, { id, role, regionCode, active: true }]),
  );
  const officerIds = [1, 2];
  it.each<[string, FraudPartyType, Record<string, unknown>, string[] | 'ok']>([
    [
      'an institution’s causes',
      'institution',
      { officerIds, causes: ['split_admission', 'forged_records'], conductEndedOn: '2026-01-31', amountInvolved: 120_000 },
      'ok',
    ],
    ['health harmed', 'institution', { officerIds, causes: ['phantom_bed'], conductEndedOn: '2026-01-31', healthHarmed: true }, 'ok'],
    ['health harmed as text', 'institution', { officerIds, causes: ['phantom_bed'], conductEndedOn: '2026-01-31', healthHarmed: 'yes' }, ['healthHarmed']],
    ['a person’s cause on an institution', 'institution', { officerIds, causes: ['impersonation'], conductEndedOn: '2026-01-31' }, ['causes']],
    ['an institution’s cause on a person', 'insured_person', { officerIds, causes: ['phantom_bed'], conductEndedOn: '2026-01-31' }, ['causes']],
    ['no causes', 'institution', { officerIds, conductEndedOn: '2026-01-31' }, ['causes']],
    ['no end of the conduct', 'institution', { officerIds, causes: ['phantom_bed'] }, ['conductEndedOn']],
    ['a fractional amount', 'institution', { officerIds, causes: ['phantom_bed'], conductEndedOn: '2026-01-31', amountInvolved: 1.5 }, ['amountInvolved']],
    ['no officers', 'institution', { causes: ['phantom_bed'], conductEndedOn: '2026-01-31' }, ['officerIds']],
    ['an officer of another city', 'institution', { officerIds: [1, 4], causes: ['phantom_bed'], conductEndedOn: '2026-01-31' }, ['officerIds']],
    ['the head as an officer', 'institution', { officerIds: [1, 3], causes: ['phantom_bed'], conductEndedOn: '2026-01-31' }, ['officerIds']],
    ['one officer twice', 'institution', { officerIds: [1, 1], causes: ['phantom_bed'], conductEndedOn: '2026-01-31' }, ['officerIds']],
  ])('file: %s', (_case, subjectType, body, expected) => {
    const r = actionPayloadOf(file, body, { regionCode: '450200', subjectType }, users);
    expect(r.ok ? 'ok' : r.errors.map((e) => e.field)).toEqual(expected);
  });

  it.each<[string, FraudPartyType, Record<string, unknown>, string[] | 'ok']>([
    ['an institution’s termination', 'institution', { measures: ['agreement_termination'] }, 'ok'],
    ['a person’s settlement suspension of 3 months', 'insured_person', { measures: ['settlement_suspension'], suspensionMonths: 3 }, 'ok'],
    ['a termination for a person', 'insured_person', { measures: ['agreement_termination'] }, ['measures']],
    ['a suspension of 13 months', 'institution', { measures: ['department_suspension'], suspensionMonths: 13 }, ['suspensionMonths']],
    ['a tier and a waived statement', 'institution', { discretionTier: 'lenient', statementWaived: true }, 'ok'],
    ['a tier not in the list', 'institution', { discretionTier: 'harsh' }, ['discretionTier']],
    ['a decision type as a list', 'institution', { decisionType: ['penalty'] }, ['decisionType']],
    ['no decision type', 'institution', { decisionType: undefined }, ['decisionType']],
  ])('decide: %s', (_case, partyType, body, expected) => {
    const r = actionPayloadOf(decide, { decisionType: 'penalty', decisionNo: '柳医保罚〔2026〕3号', ...body }, { regionCode: '450200', partyType }, users);
    expect(r.ok ? 'ok' : r.errors.map((e) => e.field)).toEqual(expected);
  });

  it.each<[string, unknown, string[] | 'ok']>([
    ['an inspector of the unit', 2, 'ok'],
    ['an inspector of another city', 4, ['reviewerId']],
    ['nobody', undefined, ['reviewerId']],
  ])('request_review: %s', (_case, reviewerId, expected) => {
    const r = actionPayloadOf(requestReview, { reviewerId }, { regionCode: '450200' }, users);
    expect(r.ok ? 'ok' : r.errors.map((e) => e.field)).toEqual(expected);
  });
});
