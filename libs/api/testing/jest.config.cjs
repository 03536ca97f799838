module.exports = {
  displayName: 'api-testing',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: true,
  coverageDirectory: '../../../coverage/libs/api/testing',
};
