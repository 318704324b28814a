/** The Graph API base URL decides who receives the access token: only Meta's hosts, or this machine. */
import { describe, expect, it } from 'vitest';
import { prepareEvent } from '../../src/core/conversionsApi';
import { SettingError } from '../../src/core/errors';
import { parseGraphApiBaseUrl } from '../../src/core/settings/parsers';

const parse = (text: string) => parseGraphApiBaseUrl(text, 'graphApiBaseUrl');

describe('graphApiBaseUrl', () => {
  it.each([
    ['https://graph.facebook.com', 'https://graph.facebook.com'],
    ['https://graph.facebook.com/', 'https://graph.facebook.com'],
    ['HTTPS://Graph.Facebook.COM', 'https://graph.facebook.com'],
    ['https://graph-video.facebook.com', 'https://graph-video.facebook.com'],
    ['https://graph.facebook.com:443/', 'https://graph.facebook.com'],
    ['https://a.b.facebook.com/prefix/', 'https://a.b.facebook.com/prefix'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['https://localhost', 'https://localhost'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://[::1]:9000/graph/', 'http://[::1]:9000/graph'],
    ['  http://127.0.0.1:1  ', 'http://127.0.0.1:1'],
  ])('accepts %j as %j', (input, out) => expect(parse(input)).toBe(out));

  it('blank means the default', () => {
    expect(parseGraphApiBaseUrl(undefined, 'graphApiBaseUrl')).toBeUndefined();
    expect(parseGraphApiBaseUrl('  ', 'graphApiBaseUrl')).toBeUndefined();
  });

  it.each([
    // Userinfo: the host after the "@" is the one that receives the request.
    ['https://graph.facebook.com@evil.example', /user name or password/],
    ['https://graph.facebook.com:pass@evil.example/', /user name or password/],
    ['https://user:secret-pass@graph.facebook.com', /user name or password/],
    ['https://@graph.facebook.com', /user name or password/],
    ['http://me@127.0.0.1:8080', /user name or password/],
    // Not Meta's host.
    ['https://evil.example', /evil\.example is not a Meta host/],
    ['https://graph.facebook.com.evil.example', /is not a Meta host/],
    ['https://evilfacebook.com', /is not a Meta host/],
    ['https://facebook.com.evil.example/', /is not a Meta host/],
    ['https://evil.example\\.facebook.com', /is not a Meta host/],
    ['https://graph.facebook.com%2eevil.example', /is not a Meta host/],
    ['https://169.254.169.254/latest', /is not a Meta host/],
    ['https://10.0.0.1', /is not a Meta host/],
    ['http://[::ffff:127.0.0.1]', /is not a Meta host/],
    ['https://localhost.evil.example', /is not a Meta host/],
    ['http://proxy.example', /is not a Meta host/],
    // Meta's host in clear.
    ['http://graph.facebook.com', /use https/],
    // Query, fragment.
    ['https://graph.facebook.com/?access_token=x', /query \(\?\) or fragment/],
    ['https://graph.facebook.com?', /query \(\?\) or fragment/],
    ['https://graph.facebook.com/#frag', /query \(\?\) or fragment/],
    // Not a URL, or not http(s).
    ['graph.facebook.com', /^Invalid setting "graphApiBaseUrl": expected https:\/\/graph\.facebook\.com/],
    ['ftp://graph.facebook.com', /expected https:/],
    ['https://', /expected https:/],
    ['https://graph.face book.com', /expected https:/],
    ['https://graph.\tfacebook.com', /expected https:/],
  ])('refuses %j, naming the setting', (input, problem) => {
    let error: unknown;
    try {
      parse(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingError);
    expect((error as SettingError).setting).toBe('graphApiBaseUrl');
    expect((error as Error).message).toMatch(problem);
    // Never echoes user info.
    expect((error as Error).message).not.toMatch(/secret-pass|pass@|me@|user:/);
  });

  it('is checked before anything is built or sent', () => {
    const attempt = () =>
      prepareEvent(
        { pixelId: '1', accessToken: 'token-value-123', graphApiBaseUrl: 'https://token-value-123@evil.example' },
        { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@b.co' } },
        {},
        { nowMs: Date.now() },
      );
    expect(attempt).toThrow(SettingError);
    expect(attempt).toThrow(
      /^Invalid setting "Graph API base URL" \(graphApiBaseUrl\): it must not contain a user name or password/,
    );
    try {
      attempt();
    } catch (e) {
      expect((e as Error).message).not.toContain('token-value-123');
    }
  });
});
