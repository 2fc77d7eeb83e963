/** 欺诈骗保 (DOMAIN §6, policy-modules §1; issue 16): the fraud area's code lists, workflows, rules and wire records. */
export * from './codes';
export * from './workflows';
export * from './deadlines';
export * from './discretion';
export * from './guards';
export * from './parameters';
export * from './measures';
export * from './records';
export * from './permissions';
export * from './reporter';
export * from './documents';
