import { describe, expect, it } from 'vitest';
import { createLogger, redactText } from '../src/logging';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  return { logger, lines };
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyLTEifQ.c2lnbmF0dXJlLXBhcnQ';

describe('log redaction', () => {
  it('masks 18-character ID numbers in text, keeping the region and the last four', () => {
    expect(redactText('lookup of 11010119900307451X failed')).toBe('lookup of 110101********451X failed');
    expect(redactText('id=110101199003074518;')).toBe('id=110101********4518;');
  });

  it('leaves credit codes and longer digit runs alone', () => {
    expect(redactText('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(redactText('order 12345678901234567890')).toBe('order 12345678901234567890');
  });

  it('removes bearer tokens and bare JWTs from text', () => {
    expect(redactText(`Authorization: Bearer ${TOKEN}`)).toBe('Authorization: Bearer [Redacted]');
    expect(redactText(`token ${TOKEN} rejected`)).toBe('token [Redacted] rejected');
  });

  it('redacts credentials by key and ID numbers anywhere in a record, errors included', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        req: { headers: { authorization: `Bearer ${TOKEN}`, cookie: 'session=abc', 'user-agent': 'curl' } },
        token: TOKEN,
        subject: { idNumber: '110101199003074518', nested: ['seen 110101199003074518'] },
        err: new Error('no subject with code 110101199003074518'),
      },
      'looked up 110101199003074518',
    );
    const record = JSON.parse(lines[0]!);
    expect(record.req.headers).toEqual({ authorization: '[Redacted]', cookie: '[Redacted]', 'user-agent': 'curl' });
    expect(record.token).toBe('[Redacted]');
    expect(record.subject).toEqual({ idNumber: '110101********4518', nested: ['seen 110101********4518'] });
    expect(record.err.message).toBe('no subject with code 110101********4518');
    expect(record.msg).toBe('looked up 110101********4518');
    expect(lines[0]).not.toContain('199003074518');
    expect(lines[0]).not.toContain(TOKEN);
  });
});
