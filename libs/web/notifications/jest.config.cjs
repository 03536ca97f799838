module.exports = {
  displayName: 'web-notifications',
  preset: '../../../jest.preset.js',
  testEnvironment: '<rootDir>/../../../tools/test/jsdom-environment.cjs',
  transform: { '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }] },
  moduleNameMapper: { '\\.css$': '<rootDir>/../../../tools/test/style-stub.cjs' },
  setupFilesAfterEnv: ['<rootDir>/../../../tools/test/jest-dom-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  passWithNoTests: false,
  coverageDirectory: '../../../coverage/libs/web/notifications',
};
