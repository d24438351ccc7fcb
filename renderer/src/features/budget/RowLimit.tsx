/** Rows a long table draws until asked for all: a thousand rows with a select each take a second to mount. */
export const ROW_LIMIT = 100

/** "Showing 100 of 1,000" with a button drawing every row; nothing when all rows are shown. */
export function RowLimitNote({ shown, total, onShowAll }: { shown: number; total: number; onShowAll: () => void }) {
  if (shown >= total) return null
  return (
    <div className="budget-rowlimit">
      {`Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} initiatives. `}
      <button type="button" className="link-button" onClick={onShowAll}>
        Show all
      </button>
    </div>
  )
}
