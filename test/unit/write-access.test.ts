import { describe, expect, it } from 'vitest';
import { decideWriteAccess, generatedTokenNotice, isLoopback } from '../../server/src/http/write-access';

describe('the write rule', () => {
  it('leaves writes open on a loopback address without WRITE_TOKEN', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) {
      expect(decideWriteAccess(host, undefined)).toEqual({ generated: false });
    }
  });

  it('makes a token up beyond loopback without WRITE_TOKEN, a new one each start', () => {
    const first = decideWriteAccess('0.0.0.0', undefined);
    const second = decideWriteAccess('0.0.0.0', undefined);
    expect(first.generated).toBe(true);
    expect(first.token).toMatch(/^[\w-]{32}$/);
    expect(second.token).not.toBe(first.token);
  });

  it('uses WRITE_TOKEN wherever the server listens', () => {
    const token = 'a-secret-of-sixteen+';
    expect(decideWriteAccess('127.0.0.1', token)).toEqual({ token, generated: false });
    expect(decideWriteAccess('0.0.0.0', token)).toEqual({ token, generated: false });
  });

  it('counts every address but 127.0.0.0/8, ::1 and localhost as beyond loopback', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', 'example.org', '::ffff:10.0.0.1', '128.0.0.1']) {
      expect(isLoopback(host)).toBe(false);
    }
  });

  it('prints the made-up token with the header to send and how to choose one', () => {
    const notice = generatedTokenNotice('abc123', '0.0.0.0');
    expect(notice).toMatch(/Authorization: Bearer abc123/);
    expect(notice).toMatch(/WRITE_TOKEN/);
  });
});
