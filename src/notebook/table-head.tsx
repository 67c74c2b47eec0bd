/** A table's header row: the first column's heading as text, the others right-aligned like their numbers. */
export function TableHead({ cols }: { cols: readonly string[] }) {
  return (
    <thead>
      <tr>
        {cols.map((h, i) => (
          <th key={i} className={i > 0 ? 'nb-num' : undefined}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
