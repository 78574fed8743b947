/**
 * A pure function's answers kept by key, all forgotten at once past `limit` keys: for look-ups asked again and again
 * over few distinct keys (a name's words, the towns names carry), whose cost is in the asking. `undefined` and `null`
 * answers are kept too.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = 50_000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    if (answers.size >= limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
