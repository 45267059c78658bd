/**
 * The keywords carriers require every business number to honour (CTIA; Twilio's defaults): a
 * text that is only one of them stops, restarts or asks about the texts. "YES" restarts only a
 * number that has stopped; otherwise it is an ordinary reply (a director taking a page).
 */
const STOP = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout']);
const START = new Set(['start', 'unstop']);
const HELP = new Set(['help', 'info']);

export type SmsKeyword = 'stop' | 'start' | 'help';

export function smsKeyword(body: string, optedOut: boolean): SmsKeyword | null {
  const word = body.trim().toLowerCase().replace(/[.!\s]+$/, '');
  if (STOP.has(word)) return 'stop';
  if (START.has(word) || (optedOut && word === 'yes')) return 'start';
  if (HELP.has(word)) return 'help';
  return null;
}

export function keywordReply(keyword: SmsKeyword, organizationName: string): string {
  switch (keyword) {
    case 'stop':
      return `You will get no more texts from ${organizationName}. Reply START to get them again.`;
    case 'start':
      return `You will get texts from ${organizationName} again. Reply STOP to stop them.`;
    case 'help':
      return `${organizationName}: texts about arrangements and appointments. Call us at this number for help. Reply STOP to stop texts.`;
  }
}
