/** 智能监控 (issue 17; policy-modules §1.7–§1.8): the rule base, 疑点 stages, the 双随机 draw. */
export * from './codes';
export * from './workflows';
export * from './records';
export * from './permissions';
export * from './diagnosis';
export * from './rule-params';
export * from './predicates';
