// ESM-only dependencies (openid-client, oidc-provider) are compiled to CommonJS for jest.
const { esmTransform, transformIgnorePatterns } = require('../../../tools/test/esm-packages.cjs');

module.exports = {
  displayName: 'api-employers',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { ...esmTransform, '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: false,
  coverageDirectory: '../../../coverage/libs/api/employers',
};
