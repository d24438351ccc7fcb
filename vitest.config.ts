import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // e2e and LibreOffice tests start browsers and soffice: keep the 2 cores from thrashing.
    maxWorkers: 2,
    // expect.poll waits for a condition; on a loaded machine a page can take many seconds to get there
    // (vitest's own default is 1 s). A condition that holds returns at once whatever the timeout.
    expect: { poll: { timeout: 30_000 } },
  },
})
