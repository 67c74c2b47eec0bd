/**
 * `fn` computed once per object (a lesson's result, which is never mutated):
 * later calls with the same object return the first value, and the value goes
 * when the object does.
 */
export function perResult<R extends object, V>(fn: (r: R) => V): (r: R) => V {
  const cache = new WeakMap<R, V>();
  return (r) => {
    if (!cache.has(r)) cache.set(r, fn(r));
    return cache.get(r)!;
  };
}

/** `fn` computed once per object and key (e.g. a result and a score kind), so a slider drag never recomputes it. */
export function perResultAndKey<R extends object, K extends string, V>(fn: (r: R, key: K) => V): (r: R, key: K) => V {
  const cache = new WeakMap<R, Map<K, V>>();
  return (r, key) => {
    const byKey = cache.get(r) ?? new Map<K, V>();
    cache.set(r, byKey);
    if (!byKey.has(key)) byKey.set(key, fn(r, key));
    return byKey.get(key)!;
  };
}
