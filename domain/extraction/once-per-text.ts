const LIMIT = 2_000;

/**
 * `read`, remembered for the texts it has seen: the whole transcript is read again at every turn,
 * and the English model is the costly part, so each turn goes through it once. The oldest reading
 * is dropped past a bound no call reaches.
 */
export function oncePerText<T>(read: (text: string) => T, limit = LIMIT): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const reading = read(text);
    if (seen.size >= limit) seen.delete(seen.keys().next().value!);
    seen.set(text, reading);
    return reading;
  };
}
