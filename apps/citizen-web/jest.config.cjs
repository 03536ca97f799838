module.exports = {
  displayName: 'citizen-web',
  preset: '../../jest.preset.js',
  testEnvironment: '<rootDir>/../../tools/test/jsdom-environment.cjs',
  transform: {
    '^(?!.*\\.(js|jsx|ts|tsx|css|json)$)': '@nx/react/plugins/jest',
    '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }],
  },
  moduleNameMapper: { '\\.css$': '<rootDir>/../../tools/test/style-stub.cjs' },
  setupFilesAfterEnv: ['<rootDir>/../../tools/test/jest-dom-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  coverageDirectory: '../../coverage/apps/citizen-web',
};
