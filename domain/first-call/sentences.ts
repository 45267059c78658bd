/** Titles and street words whose full stop ends no sentence: "St. Luke's", "Dr. Lee", "Maple Ave. in Mesa". */
const NOT_AN_END = /(?<!\b(?:St|Dr|Mr|Mrs|Ms|Mt|Ave|Apt|No|Jr|Sr|Rd|Ln|Ct|Blvd|Fr|Rev|Prof)\.)(?<=[.!?])\s+/;

/** A turn's sentences: each fact is read from the sentence that states it. */
export function sentencesOf(text: string): string[] {
  return text
    .split(NOT_AN_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
