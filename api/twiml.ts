/** TwiML, the XML Twilio reads to know what to do with a call or a text. */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const response = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>`;

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

export const TWIML_HEADERS = { 'content-type': 'text/xml; charset=utf-8' };
