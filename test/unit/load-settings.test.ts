import { describe, expect, it } from 'vitest';
import { percentile } from '../../bench/load/load-report';
import { LoadSettingsError, readLoadSettings } from '../../bench/load/load-settings';

describe('the load command settings', () => {
  it('default to 100 connections for 60 s against a server of its own', () => {
    expect(readLoadSettings([], {})).toEqual({ durationSeconds: 60, connections: 100 });
  });

  it('read the duration, connections, a loopback address, its pid and a write token', () => {
    const settings = readLoadSettings(
      ['--duration', '5', '--connections', '20', '--url', 'http://localhost:3000/', '--pid', '42'],
      { WRITE_TOKEN: 'a-secret-of-sixteen+' },
    );
    expect(settings).toEqual({
      url: 'http://localhost:3000',
      durationSeconds: 5,
      connections: 20,
      pid: 42,
      token: 'a-secret-of-sixteen+',
    });
  });

  it('refuse to load a server beyond this machine', () => {
    for (const url of ['http://example.org', 'http://192.168.1.2:3000', 'http://0.0.0.0:3000']) {
      expect(() => readLoadSettings(['--url', url], {})).toThrow(/must be on this machine/);
    }
  });

  it('name a bad value and show the usage', () => {
    expect(() => readLoadSettings(['--duration', 'long'], {})).toThrow(LoadSettingsError);
    expect(() => readLoadSettings(['--duration', '0'], {})).toThrow(
      /--duration must be at least 1.*Usage: npm run load/s,
    );
    expect(() => readLoadSettings(['--users', '5'], {})).toThrow(/Usage: npm run load/);
  });
});

describe('the load report', () => {
  it('takes nearest-rank percentiles of sorted latencies', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual(['50', '95', '99']);
    expect(percentile([], 50)).toBe('-');
    expect(percentile([7], 99)).toBe('7');
  });
});
