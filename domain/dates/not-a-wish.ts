/**
 * Callers mention dates that are not wishes: when someone died ("passed away yesterday", "died on
 * Monday"), when they are unavailable ("family flying in over the weekend", "we both work in the
 * week"), when the home closes ("you shut at three?") or by when they must be done ("finished by
 * two"). Such a mention is judged by the clause it sits in.
 */
const CLAUSE_BREAK = /[.!?;,]|\b(?:and|but|because|since|so)\b/gi;
const NOT_A_WISH =
  /\b(?:passed|passing|died|dies|ago|was born|can['’]t|cannot|can not|won['’]t|unable|busy|away|out of town|flying|driving (?:in|up|down)|travel\w*|arriv\w*)\b|(?:\bnot|n['’]t)\s+(?:available|free|good|possible|work\w*)\b|\b(?:i|we|they|he|she)\s+(?:both\s+|all\s+)?(?:work|am working|are working|have work)\b|\b(?:shut|shuts|close|closes|closed|closing)\s+(?:at|by)\b|\b(?:finished|done|out)\s+by\b/i;

export function isNotAWish(text: string, index: number): boolean {
  return NOT_A_WISH.test(clauseAt(text, index));
}

function clauseAt(text: string, index: number): string {
  let start = 0;
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    if (brk.index >= index) return text.slice(start, brk.index);
    start = brk.index + brk[0].length;
  }
  return text.slice(start);
}
