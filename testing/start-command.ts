import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../devstack/free-port.js';
import { inheritedEnvironment } from '../config/load-config.js';

/**
 * `npm start` run the way a person runs it in a terminal: its own process group (so Ctrl-C reaches
 * every process of it at once, as a terminal's does), its output collected, stopped by SIGINT.
 */
export type StartedCommand = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves with the output so far once `text` has appeared, or rejects when the command ends first. */
  waitFor: (text: string, timeoutMs: number) => Promise<string>;
  /** Ctrl-C: SIGINT to the whole group, then waits until every process of it has closed its output. */
  interrupt: () => Promise<number | null>;
};

export function runNpm(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): StartedCommand {
  const child = spawn('npm', args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    output: () => text,
    exited,
    waitFor: async (wanted, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (!text.includes(wanted)) {
        if (ended) throw new Error(`the command ended before printing "${wanted}":\n${text}`);
        if (Date.now() > deadline) throw new Error(`no "${wanted}" within ${timeoutMs} ms:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return text;
    },
    interrupt: async () => {
      if (!ended) process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

/** The environment of a start on free ports, without anything that points at servers or tools of ours. */
export async function isolatedStartEnv(overrides: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const env = inheritedEnvironment();
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_CLI_PATH', 'TOOLS_DIR', 'DATA_DIR', 'LOG_FORMAT', 'LOG_LEVEL']) delete env[name];
  const ports = new Set<number>();
  while (ports.size < 5) ports.add(await freePort());
  const [postgres, temporal, temporalUi, api, web] = [...ports];
  return {
    ...env,
    EMBEDDED_POSTGRES_PORT: String(postgres),
    TEMPORAL_DEV_PORT: String(temporal),
    TEMPORAL_UI_PORT: String(temporalUi),
    API_PORT: String(api),
    WEB_PORT: String(web),
    LOG_LEVEL: 'info',
    ...overrides,
  };
}

/** PATH without the folders that hold any of these programs (to take away Go or the Temporal CLI). */
export function pathWithout(programs: string[], searchPath = inheritedEnvironment().PATH ?? ''): string {
  const kept = searchPath.split(path.delimiter).filter((dir) => dir && !programs.some((program) => existsSync(path.join(dir, program))));
  return kept.join(path.delimiter);
}

/** Processes still running whose command line mentions `marker` (a folder of the test's own). */
export function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      if (commandLine.includes(marker)) found.push(`${pid} ${commandLine}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
