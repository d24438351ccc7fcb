/** The display formats every view uses live in shared/display, so the exports read the same. */
export * from '../../../shared/display'
