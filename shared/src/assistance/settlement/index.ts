/**
 * One-stop settlement (一站式结算) under the three systems (三重制度, DOMAIN §3): basic insurance → 大病保险 →
 * 医疗救助 → other schemes, the rest out of pocket. Pure and dependency-free so the API (save, import, bulk
 * re-check) and the admin's calculator page compute the same fen.
 *
 * Units. Money is integer fen (分). Ratios are integer basis points (万分比, 10000 = 100%): policies state whole
 * percents and "+5 个百分点" (= 500 bp), but a local rule may use a fractional percent (62.5%, 92.25%), which
 * per-mille cannot always hold. Amounts are bounded by MAX_AMOUNT_FEN (10 亿元) so amount × bp ≤ 10^15 < 2^53 and
 * every product is an exact double.
 *
 * Rounding: every ratio × amount product is rounded DOWN to the whole fen (舍去分以下), nothing else is rounded
 * (the rest is integer addition and subtraction). So a payment never exceeds its exact ratio, a ceiling
 * (95% of in-policy cost, 10% of total) never exceeds its exact share and therefore holds exactly, and a
 * fraction of a fen always stays with the next tier and finally with the person.
 *
 * ../codes.ts — the code lists (visit types, hospital levels, steps, flags) with their labels;
 * types.ts — parameters, input and result; labels.ts — step rules, display formatting;
 * calculator.ts — the calculation, one function per tier; validate.ts — input and parameter checks;
 * example.ts — the 柳州 2026 example parameters; parameter-paths.ts — a parameter path in words, value kinds.
 */
export * from './types';
export {
  formatFen,
  formatBp,
  SETTLEMENT_RULE_CODES,
  SETTLEMENT_NOTE_CODES,
  AID_CATEGORY_SOURCE,
  settlementNoteText,
  settlementRuleText,
  type SettlementNoteCode,
  type SettlementNote,
} from './labels';
export { applyBp, calculateSettlement, addToYearToDate, crossesEarlyWarning, reimbursementCeilingApplies } from './calculator';
export { SettlementInputError, validateSettlementInput, validatePolicyParameters } from './validate';
export { EXAMPLE_PARAMETERS_LIUZHOU_2026 } from './example';
export {
  PARAMETER_PATH_WORDS,
  PARAMETER_CHANGE_KINDS,
  type ParameterChangeKind,
  type ParameterValueKind,
  describeParameterPath,
  parameterChangeKind,
  parameterLeafPaths,
  parameterValueKind,
  splitParameterPath,
  unlabelledParameterPathParts,
} from './parameter-paths';
export { settlementStayProblems, type SettlementStayFacts } from './stay';
