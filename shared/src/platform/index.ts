/** The platform's part of the permission table and its workflow (accounts, regions, logs, sessions, inbox). */
export * from './permissions';
export * from './notifications';
export * from './workflows';
export * from './records';
export * from './working-days';
export * from './holiday-notices';
