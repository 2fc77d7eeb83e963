/** 过度保障治理 (DOMAIN §4, S4 §五): the rectification area's code lists, rules, wire records, permissions and workflows. */
export * from './codes';
export * from './rules';
export * from './permissions';
export * from './workflows';
export * from './records';
