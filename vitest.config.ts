import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests wait on conditions and run their computations to the end; a time limit only catches a
    // hang. On a loaded 2-core machine (two test runs at once beside other work) a test can take ten
    // times as long as alone, so the limit sits far above any test's usual time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // e2e and LibreOffice tests start browsers and soffice: keep the 2 cores from thrashing.
    maxWorkers: 2,
    // expect.poll waits for a condition; on a loaded machine a page can take many seconds to get there
    // (vitest's own default is 1 s). A condition that holds returns at once whatever the timeout.
    expect: { poll: { timeout: 30_000 } },
  },
})
