import { escapeXml, twimlResponse as response } from '../domain/twiml.js';

/** Texts `reply` back to the sender, or says nothing. */
export const messageTwiml = (reply: string | null) => response(reply === null ? '' : `<Message>${escapeXml(reply)}</Message>`);

/** Speaks a sentence and ends the call. */
export const sayAndHangUpTwiml = (sentence: string) => response(`<Say>${escapeXml(sentence)}</Say><Hangup/>`);

/** Connects the call's audio both ways to the voice bridge, handing it what it needs as parameters. */
export function connectStreamTwiml(url: string, parameters: Record<string, string>): string {
  const params = Object.entries(parameters)
    .map(([name, value]) => `<Parameter name="${escapeXml(name)}" value="${escapeXml(value)}"/>`)
    .join('');
  return response(`<Connect><Stream url="${escapeXml(url)}">${params}</Stream></Connect>`);
}

/** Ends the call without a word: the caller has already heard what there was to say. */
export const hangUpTwiml = () => response('<Hangup/>');

export const TWIML_HEADERS = { 'content-type': 'text/xml; charset=utf-8' };
