/**
 * Stress tier (`npm run test:stress`, run by CI after `npm test`): the built API as real processes
 * on a private PostgreSQL each spec controls — database outage, two instances, SIGKILL during
 * writes, brute force, audit completeness, no plaintext CPR, schema fuzzing. One spec at a time.
 */
const { esmTransform, transformIgnorePatterns } = require('../../tools/test/esm-packages.cjs');

module.exports = {
  displayName: 'api-stress',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.stress-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: { ...esmTransform, '^.+\\.(ts|mts|cts|html)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 1,
  testTimeout: 300000,
};
