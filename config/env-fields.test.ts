import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiFields, resolveToolsDir, temporalFields } from './env-fields.js';
import { parseConfig } from './load-config.js';

const toolsDirFrom = (source: Record<string, string>) => resolveToolsDir(parseConfig(z.object(temporalFields), source));

describe('resolveToolsDir', () => {
  it('follows the cache folder .ci/run fills, under HOME when XDG_CACHE_HOME is unset', () => {
    expect(toolsDirFrom({ HOME: '/home/ada' })).toBe('/home/ada/.cache/funeral-voice/bin');
  });

  it('prefers XDG_CACHE_HOME over HOME', () => {
    expect(toolsDirFrom({ HOME: '/home/ada', XDG_CACHE_HOME: '/var/cache/ada' })).toBe('/var/cache/ada/funeral-voice/bin');
  });

  it('takes TOOLS_DIR as given when it is set', () => {
    expect(toolsDirFrom({ HOME: '/home/ada', XDG_CACHE_HOME: '/var/cache/ada', TOOLS_DIR: '/opt/tools' })).toBe('/opt/tools');
  });

  it('treats an empty XDG_CACHE_HOME as unset, as the shell expansion in .ci/run does', () => {
    expect(toolsDirFrom({ HOME: '/home/ada', XDG_CACHE_HOME: '' })).toBe('/home/ada/.cache/funeral-voice/bin');
  });

  it('has no tools folder when neither TOOLS_DIR nor a home is known', () => {
    expect(toolsDirFrom({})).toBeUndefined();
  });
});

describe('apiFields', () => {
  const api = (source: Record<string, string>) => parseConfig(z.object(apiFields), source);

  it('trusts x-forwarded-for only when TRUST_PROXY says so', () => {
    expect(api({}).TRUST_PROXY).toBe(false);
    expect(api({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(() => api({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps an invitation open for three days unless INVITE_TTL_HOURS says otherwise', () => {
    expect(api({}).INVITE_TTL_HOURS).toBe(72);
    expect(api({ INVITE_TTL_HOURS: '24' }).INVITE_TTL_HOURS).toBe(24);
    expect(() => api({ INVITE_TTL_HOURS: '0' })).toThrow(/INVITE_TTL_HOURS/);
  });
});
