import type { StoreAccess } from './lesson-store';
import { parseNumberSetting, type NumberRule } from './settings/parse-setting';
import type { Problem } from './settings/problem';

/** Text the learner typed that is not (yet) a valid value, and why. */
export interface Draft {
  raw: string;
  problem: Problem;
}

/** Drafts by control name; a control without a draft shows its valid value. */
export type Drafts<K extends string> = Partial<Record<K, Draft>>;

/** The part of a lesson's state the parameter actions work on. */
export interface ParamState<P extends object, K extends string> {
  params: P;
  /** The last valid value of a control with a draft stays in `params`. */
  drafts: Drafts<K>;
}

/** Settings actions of a lesson store; plain functions, usable outside React. */
export interface ParamSlice<P extends object, K extends string, N extends K> {
  /** The actions a lesson store exposes as they are. */
  actions: {
    /** Applies settings and drops the drafts of the controls it sets. */
    setParams(patch: Partial<P>): void;
    /**
     * Sets a numeric setting from typed text; invalid text is kept as a draft with its problem, and
     * the setting keeps its last valid value, or goes back to `restore` (the value it had before this
     * edit began, so a partial value typed on the way, such as 99 on the way to 99999, does not stay).
     */
    setNumber(name: N, raw: string, restore?: number): void;
  };
  /**
   * Parses typed text for control `name` against `rule`. Valid: applies
   * `toPatch(value)` and drops the control's draft. Invalid: keeps the text as
   * the control's draft with the problem, and applies `toPatch(restore)` when given. Returns whether the text was valid.
   */
  setTyped(name: K, raw: string, rule: NumberRule, toPatch: (value: number) => Partial<P>, restore?: number): boolean;
  /** The problem of every draft, keyed by control. */
  draftProblems(): Record<string, Problem>;
}

/**
 * The settings actions shared by every lesson store: typed numbers are checked
 * against their rows of the settings table, and bad text never replaces a good value.
 */
export function createParamSlice<P extends Record<N, number>, K extends string, N extends K>(
  access: StoreAccess<ParamState<P, K>>,
  rules: Record<N, NumberRule>,
): ParamSlice<P, K, N> {
  const { get, set } = access;

  function commit(patch: Partial<P>, also: K[] = []): void {
    const drafts: Drafts<K> = { ...get().drafts };
    for (const k of [...Object.keys(patch), ...also]) delete drafts[k as K];
    set({ params: { ...get().params, ...patch }, drafts });
  }

  function setTyped(name: K, raw: string, rule: NumberRule, toPatch: (value: number) => Partial<P>, restore?: number): boolean {
    const parsed = parseNumberSetting(raw, rule);
    if (!parsed.ok) {
      const params = restore === undefined ? get().params : { ...get().params, ...toPatch(restore) };
      set({ params, drafts: { ...get().drafts, [name]: { raw, problem: parsed.problem } } });
      return false;
    }
    commit(toPatch(parsed.value), [name]);
    return true;
  }

  function draftProblems(): Record<string, Problem> {
    const out: Record<string, Problem> = {};
    for (const [k, d] of Object.entries<Draft | undefined>(get().drafts)) if (d) out[k] = d.problem;
    return out;
  }

  return {
    actions: {
      setParams: (patch) => commit(patch),
      setNumber: (name, raw, restore) => void setTyped(name, raw, rules[name], (value) => ({ [name]: value }) as Partial<P>, restore),
    },
    setTyped,
    draftProblems,
  };
}
