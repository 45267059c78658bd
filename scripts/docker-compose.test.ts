import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// No Docker engine runs on the build machines, but the compose file is what users start the product
// with: it is checked by Compose itself, and its wiring (health checks, where each process finds
// Postgres, Temporal and the API) by reading it.

const root = fileURLToPath(new URL('..', import.meta.url));
const composeFile = path.join(root, 'docker-compose.yml');

type ComposeService = {
  command?: string[] | string;
  environment?: Record<string, unknown>;
  healthcheck?: { test?: string[] | string };
};

const services = (parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, ComposeService> }).services;

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Compose v2 (the docker plugin) when installed, else Debian's compose v1; never neither. */
function composeConfigCommand(): { command: string; args: string[] } {
  if (succeeds('docker', ['compose', 'version'])) return { command: 'docker', args: ['compose', '-f', composeFile, 'config', '--quiet'] };
  if (succeeds('docker-compose', ['version'])) return { command: 'docker-compose', args: ['-f', composeFile, 'config', '-q'] };
  throw new Error('neither `docker compose` nor `docker-compose` is installed; .ci/run installs Debian docker-compose');
}

describe('docker-compose.yml', () => {
  it('is accepted by docker compose config', () => {
    const { command, args } = composeConfigCommand();
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    expect(result.stderr, `${command} ${args.join(' ')}`).toBe('');
    expect(result.status).toBe(0);
    // docker-compose is a Python program: on a busy two-core machine it alone can take seconds to start.
  }, 30_000);

  it.each(['postgres', 'temporal', 'temporal-ui', 'api', 'worker', 'web'])('gives %s a health check', (name) => {
    expect(service(name).healthcheck?.test?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(['api', 'worker'])('tells %s where Postgres and Temporal are', (name) => {
    expect(service(name).environment).toEqual(
      expect.objectContaining({ DATABASE_URL: expect.stringMatching(/^postgres:\/\/.+@postgres:5432\//), TEMPORAL_ADDRESS: 'temporal:7233' }),
    );
  });

  it('points the staff UI at the api service', () => {
    expect(service('web').environment).toEqual(expect.objectContaining({ API_URL: 'http://api:3000' }));
  });

  it('starts only TypeScript entry points that exist in the repository', () => {
    const entries = Object.values(services)
      .flatMap((s) => (Array.isArray(s.command) ? s.command : (s.command ?? '').split(' ')))
      .filter((part) => part.endsWith('.ts'));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => !existsSync(path.join(root, entry)))).toEqual([]);
  });

  it('builds its image on the Node.js major the project runs on', () => {
    const pinned = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node;
    const base = /^FROM node:(\d+)-/m.exec(readFileSync(path.join(root, 'Dockerfile'), 'utf8'))?.[1];
    expect(pinned).toMatch(/^24\./);
    expect(base).toBe(pinned?.split('.')[0]);
  });
});
