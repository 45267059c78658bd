export { createAgentMemory, type AgentMemory, type Move, type Observation } from './agent-memory.js';
export { decide } from './decide.js';
