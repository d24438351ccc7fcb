import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // e2e and LibreOffice tests start browsers and soffice: keep the 2 cores from thrashing.
    maxWorkers: 2,
  },
})
