/**
 * Calls staff make to the agent by typing the caller's side ("Simulate a call"): the same call
 * workflow a phone call runs, answered by the offline agent. Implemented outside the API (the
 * simulation), handed in by the composition root.
 */
export type PracticeCalls = {
  /** Starts the call and the agent's greeting; resolves with the call's workflow id. */
  start(input: { tenantId: string; tenantName: string; timeZone: string; fromPhone: string | null }): Promise<{ workflowId: string }>;
  /** The caller says a line; resolves once the agent has answered. False when no such call is open here. */
  say(input: { tenantId: string; workflowId: string; text: string }): Promise<{ found: boolean; ended: boolean }>;
  /** The caller hangs up. False when no such call is open here. */
  hangUp(input: { tenantId: string; workflowId: string }): Promise<boolean>;
};
