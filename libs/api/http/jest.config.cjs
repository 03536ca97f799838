// request-filtering-agent (outbound.ts) is ESM-only: compiled to CommonJS for jest.
const { esmTransform, transformIgnorePatterns } = require('../../../tools/test/esm-packages.cjs');

module.exports = {
  displayName: 'api-http',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { ...esmTransform, '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: false,
  coverageDirectory: '../../../coverage/libs/api/http',
};
