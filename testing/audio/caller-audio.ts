import { readFileSync } from 'node:fs';

/** Twilio's media stream carries 20 ms frames: 160 bytes of 8 kHz mu-law each. */
export const FRAME_MS = 20;
export const FRAME_BYTES = 160;

/**
 * What each recording make-caller-audio.sh rendered (raw mu-law, 8000 Hz, mono) says: the words
 * the voice agent's speech recognition would hand on, as ConversationText. Keep in step with the script.
 */
export const SPOKEN = {
  'helen-marsh-opening': 'Hello, my name is Helen Marsh. My husband Walter passed away on Sunday and I need to arrange a service.',
  'helen-marsh-time': 'A burial, please. Any morning this week is fine.',
  'agent-reply': 'I am so sorry for your loss, Helen. I can book that for you now.',
} as const;
export type CallerAudioFixture = keyof typeof SPOKEN;

/** A fixture's bytes, as Twilio would have heard them from the caller's phone. */
export function callerAudio(name: CallerAudioFixture): Buffer {
  return readFileSync(new URL(`./${name}.ulaw`, import.meta.url));
}

/** The audio cut into 20 ms frames, as Twilio sends them; the last frame keeps what is left. */
export function audioFrames(audio: Buffer, frameBytes = FRAME_BYTES): Buffer[] {
  const frames: Buffer[] = [];
  for (let at = 0; at < audio.length; at += frameBytes) frames.push(audio.subarray(at, at + frameBytes));
  return frames;
}
