/**
 * API integration tests: the real app over HTTP (supertest) on a real database, chosen by TEST_DB
 * (sqlite | mysql). scripts/test.sh runs this config once per dialect; for mysql it starts a
 * throwaway MariaDB and passes TEST_MYSQL_URL.
 */
const path = require('node:path');
module.exports = {
  rootDir: __dirname,
  displayName: `api-int:${process.env.TEST_DB || 'sqlite'}`,
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.json') }] },
  moduleNameMapper: { '^@yibao/shared$': path.join(__dirname, '../shared/src/index.ts') },
  testTimeout: 60000,
  maxWorkers: 2,
};
