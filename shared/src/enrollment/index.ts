/** 资助参保 / 应保尽保 (DOMAIN §2): the enrollment area's code lists, rules, wire records, permissions and workflows. */
export * from './codes';
export * from './enrollment';
export * from './roster';
export * from './roster-comparison';
export * from './task-close';
export * from './permissions';
export * from './workflows';
export * from './records';
