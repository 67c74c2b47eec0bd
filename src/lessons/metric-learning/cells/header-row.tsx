/** A table's heading row: the first column as text, the others as numbers unless `numeric` says otherwise. */
export function HeaderRow({ cols, numeric = (i) => i > 0 }: { cols: readonly string[]; numeric?: (i: number) => boolean }) {
  return (
    <thead>
      <tr>
        {cols.map((c, i) => (
          <th key={c} className={numeric(i) ? 'nb-num' : undefined}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
