import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import twilio from 'twilio';
import { WebSocket } from 'ws';
import { FRAME_MS } from './audio/caller-audio.js';

/** What the bridge sends Twilio: the agent's audio (`media`), `clear` on barge-in, `mark`s. */
export type TwilioStreamMessage = { event: string; streamSid?: string; media?: { payload: string }; mark?: { name: string } };

export type TwilioMediaStream = {
  socket: WebSocket;
  /** Everything the bridge sent back, in order. */
  received: TwilioStreamMessage[];
  streamSid: string;
  /** Any event, as it is given (a test of a malformed or early one). */
  send(event: Record<string, unknown>): void;
  /** `connected` and then `start` with the TwiML's <Parameter>s, as Twilio opens a stream. */
  begin(call: { callSid: string; customParameters: Record<string, string> }): void;
  /**
   * The frames as `media` events, one every 20 ms against a fixed schedule (no drift), as Twilio
   * paces a call. Stops early when the socket is no longer open; resolves with the bytes it sent.
   */
  stream(frames: Buffer[]): Promise<Buffer>;
  /** The agent's audio the bridge sent back, joined in order. */
  audioBack(): Buffer;
  /** Twilio's `stop`: the caller hung up (the socket stays open until `hangUp` or the bridge closes it). */
  stop(): void;
  /** `stop` and the socket closed, as Twilio ends a stream when the caller hangs up. */
  hangUp(): Promise<void>;
  /** Resolves once the connection is closed, by either side or by the bridge's end. */
  closed: Promise<void>;
};

/** Twilio plays the bridge's mu-law to the caller at 8,000 bytes a second. */
const PLAYED_BYTES_PER_MS = 8;

/**
 * Twilio's side of a media stream to the voice bridge at `url`: the connection signed with the
 * account's token over `signedUrl`, the public wss:// address the TwiML named (which Twilio signs,
 * not the address it reaches). As Twilio does, it plays the audio it is sent in real time and
 * answers each `mark` once the audio before it has played, or at once when a `clear` cuts it off.
 */
export async function openTwilioMediaStream(options: { url: string; authToken: string; signedUrl: string }): Promise<TwilioMediaStream> {
  const signature = twilio.getExpectedTwilioSignature(options.authToken, options.signedUrl, {});
  const socket = new WebSocket(options.url, { headers: { 'x-twilio-signature': signature } });
  const received: TwilioStreamMessage[] = [];
  const streamSid = `MZ${randomBytes(16).toString('hex')}`;
  let sequence = 0;
  let callSid = '';
  let chunk = 0;
  const send = (event: Record<string, unknown>) => socket.send(JSON.stringify(event));
  const twilioEvent = (event: string, body: Record<string, unknown>) => {
    if (socket.readyState === WebSocket.OPEN) send({ event, sequenceNumber: String(++sequence), streamSid, ...body });
  };
  // When what has been sent so far will have played, and the marks waiting for it.
  let playedAt = 0;
  const marks = new Map<NodeJS.Timeout, string>();
  const markPlayed = (name: string) => twilioEvent('mark', { mark: { name } });
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as TwilioStreamMessage;
    received.push(message);
    if (message.event === 'media') playedAt = Math.max(playedAt, performance.now()) + Buffer.from(message.media!.payload, 'base64').length / PLAYED_BYTES_PER_MS;
    else if (message.event === 'mark' && message.mark) {
      const name = message.mark.name;
      const timer = setTimeout(() => marks.delete(timer) && markPlayed(name), Math.max(0, playedAt - performance.now()));
      marks.set(timer, name);
    } else if (message.event === 'clear') {
      playedAt = 0;
      for (const [timer, name] of marks) {
        clearTimeout(timer);
        markPlayed(name);
      }
      marks.clear();
    }
  });
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      for (const timer of marks.keys()) clearTimeout(timer);
      marks.clear();
      resolve();
    }),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const stop = () => twilioEvent('stop', { stop: { accountSid: 'ACtest', callSid } });
  return {
    socket,
    received,
    streamSid,
    send,
    begin(call) {
      callSid = call.callSid;
      send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
      twilioEvent('start', {
        start: {
          accountSid: 'ACtest',
          streamSid,
          callSid: call.callSid,
          tracks: ['inbound'],
          customParameters: call.customParameters,
          mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
        },
      });
    },
    async stream(frames) {
      const sent: Buffer[] = [];
      const startedAt = performance.now();
      for (const [index, frame] of frames.entries()) {
        const wait = startedAt + index * FRAME_MS - performance.now();
        if (wait > 0) await sleep(wait);
        if (socket.readyState !== WebSocket.OPEN) break;
        chunk += 1;
        twilioEvent('media', { media: { track: 'inbound', chunk: String(chunk), timestamp: String(chunk * FRAME_MS), payload: frame.toString('base64') } });
        sent.push(frame);
      }
      return Buffer.concat(sent);
    },
    audioBack: () => Buffer.concat(received.filter((m) => m.event === 'media').map((m) => Buffer.from(m.media!.payload, 'base64'))),
    stop,
    async hangUp() {
      if (socket.readyState === WebSocket.OPEN) {
        stop();
        socket.close();
      }
      await closed;
    },
    closed,
  };
}

const unescapeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The stream a <Connect><Stream> TwiML points Twilio at: its url and its <Parameter>s. */
export function streamOfTwiml(twiml: string): { url: string; parameters: Record<string, string> } {
  const stream = /<Connect><Stream url="([^"]*)">(.*?)<\/Stream><\/Connect>/.exec(twiml);
  if (!stream) throw new Error(`no <Connect><Stream> in the TwiML: ${twiml}`);
  const parameters: Record<string, string> = {};
  for (const [, name, value] of stream[2]!.matchAll(/<Parameter name="([^"]*)" value="([^"]*)"\/>/g)) parameters[unescapeXml(name!)] = unescapeXml(value!);
  return { url: unescapeXml(stream[1]!), parameters };
}
