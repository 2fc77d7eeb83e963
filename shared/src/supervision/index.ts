/** 督导 (DOMAIN §5): the supervision area's responsibility tables, wire records, permissions and workflows. */
export * from './codes';
export * from './responsibility-tables';
export * from './reporting-duties';
export * from './permissions';
export * from './workflows';
export * from './records';
export * from './accountability';
