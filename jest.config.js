/** Unit tests (shared + api *.spec.ts). Integration tests have their own config: api/jest.int.config.js */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/api/tsconfig.json' }];
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/api/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@yibao/shared$': '<rootDir>/shared/src/index.ts' },
};
