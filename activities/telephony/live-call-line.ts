import { escapeXml, twimlResponse } from '../../domain/twiml.js';
import { createTwilioClient, type TwilioSmsConfig } from '../sms/twilio-sms-sender.js';

/** What the call workflow may do to a live telephone call: hand it to a person. */
export type LiveCallLine = {
  /**
   * Takes the call off the voice agent and rings `to`; the caller hears `sayFirst` while it rings.
   * Twilio reports how the dial ended to `dialEndedUrl`, which says what happens if nobody answers.
   */
  dial(input: { callSid: string; to: string; sayFirst: string }): Promise<void>;
};

export type TwilioLineConfig = Pick<TwilioSmsConfig, 'accountSid' | 'authToken' | 'apiBase'> & {
  /** POST /twilio/transfer-status on the API, as Twilio reaches it. */
  dialEndedUrl: string;
  /** How long the person on call's phone rings before the caller is told someone will call back. */
  ringSeconds?: number;
};


/** Only Twilio's own calls can be redirected; a practice call's id is not one of them. */
export const isTwilioCallSid = (callSid: string) => /^CA[0-9a-f]{32}$/.test(callSid);

/** The live call redirected with Twilio's call update: new TwiML that says a sentence and dials. */
export function createTwilioLine(config: TwilioLineConfig): LiveCallLine {
  const client = createTwilioClient(config);
  return {
    async dial(input) {
      const twiml = twimlResponse(
        `<Say>${escapeXml(input.sayFirst)}</Say>` +
          `<Dial action="${escapeXml(config.dialEndedUrl)}" method="POST" timeout="${config.ringSeconds ?? 25}">${escapeXml(input.to)}</Dial>`,
      );
      await client.calls(input.callSid).update({ twiml });
    },
  };
}
