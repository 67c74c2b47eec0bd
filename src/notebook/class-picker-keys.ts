/** A chip of the class picker: its group and class. */
export interface ChipSpot {
  group: 0 | 1;
  c: number;
}

/**
 * Where an arrow key moves the focus in the class picker, one composite over
 * both rows of chips: ← → along a row (wrapping), ↑ ↓ to the same class in the
 * other row, Home / End to a row's ends. Chips that cannot be chosen
 * (`enabled` false) are skipped. Null for any other key or nowhere to go.
 */
export function moveChip(from: ChipSpot, key: string, count: number, enabled: (s: ChipSpot) => boolean): ChipSpot | null {
  const inRow = (group: 0 | 1, start: number, step: number): ChipSpot | null => {
    for (let k = 0; k < count; k++) {
      const c = (((start + step * k) % count) + count) % count;
      if (enabled({ group, c })) return { group, c };
    }
    return null;
  };
  switch (key) {
    case 'ArrowRight':
      return inRow(from.group, from.c + 1, 1);
    case 'ArrowLeft':
      return inRow(from.group, from.c - 1, -1);
    case 'Home':
      return inRow(from.group, 0, 1);
    case 'End':
      return inRow(from.group, count - 1, -1);
    case 'ArrowDown':
    case 'ArrowUp': {
      const other: 0 | 1 = from.group === 0 ? 1 : 0;
      // The same class, else the nearest one that can be chosen.
      for (let d = 0; d < count; d++) {
        for (const c of [from.c + d, from.c - d]) if (c >= 0 && c < count && enabled({ group: other, c })) return { group: other, c };
      }
      return null;
    }
    default:
      return null;
  }
}
