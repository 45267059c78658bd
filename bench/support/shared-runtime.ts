import type { Logger } from '../../config/logger.js';
import { startCallRuntime, type CallRuntime } from '../../simulation/scenarios/call-runtime.js';

type RuntimeConfig = Parameters<typeof startCallRuntime>[0];

/**
 * Starts the call runtime the first time a bench asks for it, so a pure-only run starts nothing,
 * and stops it once at the end, whatever the benches did.
 */
export function sharedRuntime(config: RuntimeConfig, logger: Logger): { get: () => Promise<CallRuntime>; stop: () => Promise<void> } {
  let starting: Promise<CallRuntime> | null = null;
  return {
    get() {
      starting ??= startCallRuntime(config, logger);
      return starting;
    },
    async stop() {
      if (starting) await (await starting).stop();
    },
  };
}
