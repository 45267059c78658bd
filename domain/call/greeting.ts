/** What the agent says first, on every call: who answered, and an open question. */
export function callGreeting(organizationName: string): string {
  return `Thank you for calling ${organizationName}. This is the chapel's assistant. How can I help you today?`;
}
