/** Three suites, one run: unit (ts-jest, fakes), integration (the packaged zip in the real runtime), browser (Chromium). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/test/unit/setup.ts'],
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.{js,ts}'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/test/integration/helpers/stopHosts.js'],
    },
    {
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.{js,ts}'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/test/integration/helpers/stopHosts.js'],
    },
  ],
  // Measured over all of src/ by the unit tests (the integration suites run the packaged zip in
  // another process). Floors: the core and the use cases at 95 % of lines; the engine's entry
  // points and adapters (also covered by the integration suites) at what they reach, 85 %.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    './src/core/': { lines: 95 },
    './src/app/': { lines: 95 },
    global: { lines: 85 },
  },
};
