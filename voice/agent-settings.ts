import type { agent } from '@deepgram/sdk';
import { IRREVERSIBLE_TOOLS, toolFunctionDefinitions } from '../domain/call/agent-tools.js';

/** How the agent speaks for the organization: gently, briefly, and only from what its tools say. */
export function agentPrompt(organizationName: string): string {
  return [
    `You answer the telephone for ${organizationName}, a funeral home. Many callers have just lost someone: be calm, warm and brief, one question at a time.`,
    'When someone has died and the family or a facility needs the home to come, take down the first-call details with save_first_call_details and tell them honestly who will call back and when.',
    'Answer price questions only from look_up_prices, before asking for any name or number. Never invent a price, a time or a fact: use the tools, and when they do not know, say a person will call back.',
    'Read back names, numbers and the confirmation number. Only offer times check_availability returned.',
    'When transfer_to_staff answers with putThroughTo, the caller is being put through to that person: say only that they are being connected.',
  ].join(' ');
}

/**
 * The Settings message for a telephone call: mu-law at 8 kHz both ways (what Twilio streams), the
 * organization's prompt and greeting, and our tools from their zod schemas; a tool that cannot be
 * undone waits until the caller has finished speaking.
 */
export function agentSettings(input: { organizationName: string; greeting: string }): agent.AgentV1Settings {
  return {
    type: 'Settings',
    audio: {
      input: { encoding: 'mulaw', sample_rate: 8000 },
      output: { encoding: 'mulaw', sample_rate: 8000, container: 'none' },
    },
    agent: {
      language: 'en',
      listen: { provider: { version: 'v1', type: 'deepgram', model: 'nova-3' } },
      think: {
        provider: { type: 'open_ai', model: 'gpt-4o-mini' },
        prompt: agentPrompt(input.organizationName),
        functions: toolFunctionDefinitions().map((tool) => ({ ...tool, ...(IRREVERSIBLE_TOOLS.has(tool.name) ? { defer_until_eot: true } : {}) })),
      },
      speak: { provider: { type: 'deepgram', model: 'aura-2-thalia-en' } },
      greeting: input.greeting,
    },
  };
}
