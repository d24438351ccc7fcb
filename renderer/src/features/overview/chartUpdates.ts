/**
 * The overview's charts draw an edit's figures in the next frame rather than morphing to them over
 * 300 ms: each morph frame repaints the whole canvas while the next edit or undo is being shown
 * (with 1,000 initiatives, ~50 ms of repaints per edit on a loaded machine). The first draw keeps
 * its animation.
 */
export const NO_UPDATE_ANIMATION = { animationDurationUpdate: 0 } as const
