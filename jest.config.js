/** Three suites, one run: unit (ts-jest, fakes), integration (the packaged zip in the real runtime), browser (Chromium). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.{js,ts}'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.{js,ts}'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
  ],
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './src/core/': { lines: 95 } },
};
