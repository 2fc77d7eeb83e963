export * from './roles';
export * from './regions';
export * from './permissions';
export * from './password-policy';
export * from './labels';
export * from './users';
export * from './workflow';
export * from './responsibility-tables';
