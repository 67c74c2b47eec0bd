import type { ClassSelection } from '../core/data/class-split';
import { CLASS_COUNT } from '../core/data/dataset-files';

/** `list` with class `c` added (kept sorted) or removed. */
export function toggleClass(list: readonly number[], c: number): number[] {
  return list.includes(c) ? list.filter((x) => x !== c) : [...list, c].sort((a, b) => a - b);
}

/** Toggles `c` as a normal class; a class that becomes normal stops being an anomaly. */
export function toggleNormal(sel: ClassSelection, c: number): ClassSelection {
  return { normal: toggleClass(sel.normal, c), anomaly: sel.anomaly.filter((x) => x !== c) };
}

/** Toggles `c` as an anomaly class. */
export function toggleAnomaly(sel: ClassSelection, c: number): Pick<ClassSelection, 'anomaly'> {
  return { anomaly: toggleClass(sel.anomaly, c) };
}

/** Every class of a `classCount`-class dataset that is not normal, in order ("all other classes"). */
export function otherClasses(normal: readonly number[], classCount = CLASS_COUNT): number[] {
  return Array.from({ length: classCount }, (_, c) => c).filter((c) => !normal.includes(c));
}
