module.exports = {
  displayName: 'api-realtime',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: false,
  coverageDirectory: '../../../coverage/libs/api/realtime',
};
