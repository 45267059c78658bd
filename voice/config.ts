import { z } from 'zod';
import { logFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

export const voiceConfigSchema = z.object({
  ...logFields,
  ...temporalFields,
  TEMPORAL_ADDRESS: z.string().min(1),
  /** The voice agent's key; the bridge is the only process that holds it. */
  DEEPGRAM_API_KEY: z.string().min(1, 'is needed: the bridge cannot reach the voice agent without it'),
  /** A server speaking Deepgram's agent protocol instead of wss://agent.deepgram.com (a test's). */
  DEEPGRAM_AGENT_URL: z.url({ protocol: /^wss?$/ }).optional(),
  /** Twilio signs each media stream's connection with it; unsigned connections are refused. */
  TWILIO_AUTH_TOKEN: z.string().min(1, 'is needed: the bridge admits only streams Twilio signed'),
  /** The wss:// address Twilio is told to stream to (the API's VOICE_BRIDGE_URL), which the signature covers. */
  VOICE_BRIDGE_URL: z.url({ protocol: /^wss?$/ }),
  /** Raw mu-law 8 kHz audio the caller hears when the voice agent is lost mid-call; unset: the bundled recording. */
  VOICE_AGENT_LOST_AUDIO: z.string().min(1).optional(),
  VOICE_HOST: z.string().min(1).default('127.0.0.1'),
  VOICE_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
});
export type VoiceConfig = z.infer<typeof voiceConfigSchema>;

export const loadVoiceConfig = (): VoiceConfig => loadConfig(voiceConfigSchema);
