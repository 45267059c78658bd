export type PriceListChannel = 'text' | 'email';

const EMAIL = /\b(?:e-?)?mail(?:ed|ing)?\b/i;
const SEND = /\b(?:send|sent|text|texted|email|e-mail|mail)\b/i;
const THE_LIST = /\b(?:price ?list|prices|pricing|gpl|list|brochure)\b/i;
const TO_ME = /\b(?:me|us|it|them|that|one|over)\b/i;
const DECLINE = /^\W*(?:no|nope|nah|not (?:now|right now|yet|necessary)|(?:that's|that is|i'm|i am) (?:ok|okay|alright|all right|fine|good)|no need|don't bother)\b/i;
const YES = /^\W*(?:(?:oh|well|um|uh|ah|mm)\W+)?(?:yes|yeah|yep|yup|sure|please|ok|okay|alright|all right|absolutely|definitely|go ahead|that would|that'd|i'd (?:like|love|appreciate)|i would|if you (?:could|would|don't mind))\b/i;

/**
 * Whether the caller wants the full price list sent, and how: "Could you email me your price
 * list?" at any point, or, once the agent has offered it, "Yes, please" (a text, unless they say
 * email) or "Just text it to me". A refusal ("No, that's fine") wants nothing.
 */
export function wantsPriceList(turn: string, offered: boolean): PriceListChannel | null {
  if (DECLINE.test(turn) && !/\byes\b/i.test(turn)) return null;
  const channel: PriceListChannel = EMAIL.test(turn) ? 'email' : 'text';
  const asksToSend = SEND.test(turn) && (THE_LIST.test(turn) || (offered && TO_ME.test(turn)));
  if (asksToSend) return channel;
  return offered && YES.test(turn) ? channel : null;
}
