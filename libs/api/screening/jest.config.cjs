const { esmTransform, transformIgnorePatterns } = require('../../../tools/test/esm-packages.cjs');

module.exports = {
  displayName: 'api-screening',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { ...esmTransform, '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: false,
  coverageDirectory: '../../../coverage/libs/api/screening',
};
