import { createLogger } from '../config/logger.js';
import { connectTemporalClient } from '../temporal/client.js';
import { startBridgeServer } from './bridge-server.js';
import { loadVoiceConfig } from './config.js';
import { deepgramAgentConnector } from './deepgram-agent.js';

// The voice bridge: Twilio streams each call's audio here, and it talks to Deepgram's voice agent.
const config = loadVoiceConfig();
const logger = createLogger({ name: 'voice', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const temporal = await connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
const bridge = await startBridgeServer({
  host: config.VOICE_HOST,
  port: config.VOICE_PORT,
  temporal,
  connectAgent: deepgramAgentConnector({ apiKey: config.DEEPGRAM_API_KEY, agentUrl: config.DEEPGRAM_AGENT_URL ?? null }),
  logger,
  twilio: { authToken: config.TWILIO_AUTH_TOKEN, publicUrl: config.VOICE_BRIDGE_URL },
  ...(config.VOICE_AGENT_LOST_AUDIO ? { agentLostAudioPath: config.VOICE_AGENT_LOST_AUDIO } : {}),
});
logger.info({ url: bridge.url }, 'voice bridge listening');

async function shutdown(signal: string) {
  logger.info({ signal }, 'voice bridge shutting down');
  await bridge.stop();
  await temporal.connection.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
