/**
 * The Galera fault test (scripts/test-galera.sh): like the integration config, but only `*.galera-spec.ts`, which
 * need a running cluster (GALERA_DIR, the nodes' ports) and kill one of its nodes.
 */
const base = require('./jest.int.config.js');
module.exports = { ...base, displayName: 'api-galera', testMatch: ['**/*.galera-spec.ts'], testTimeout: 600000, maxWorkers: 1 };
