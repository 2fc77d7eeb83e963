/** 三重制度 (DOMAIN §3): the assistance area's code lists, settlement calculator, wire records, permissions and workflows. */
export * from './codes';
export * from './settlement';
export * from './assistance';
export * from './cost-warning-detection';
export * from './cost-warning-clearing';
export * from './permissions';
export * from './workflows';
export * from './records';
