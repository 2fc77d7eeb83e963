/** 政策合规审计 (issue 18; DOMAIN §7, policy-modules §4): the indicator catalogue, periods, cell status and roll-up. */
export * from './codes';
export * from './period';
export * from './indicator';
export * from './indicators';
export * from './drill-down';
export * from './records';
export * from './permissions';
export * from './targets';
export * from './rollup';
export * from './stage-history';
export * from './snapshot';
export * from './scorecard';
export * from './workflows';
export {
  criticalIllnessSpan,
  ENR1_CATEGORIES,
  medicalAidPersonFigure,
  medicalAidSpan,
  withinTierSpan,
  type MedicalAidPersonYear,
  type TierSpan,
} from './catalogue/enrollment-assistance';
