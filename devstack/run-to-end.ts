import { spawn } from 'node:child_process';

/** Runs a command to its end and hands back its exit code and everything it printed, both streams. */
export function runToEnd(command: string, args: string[], options: { env: NodeJS.ProcessEnv; uid?: number; gid?: number }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
