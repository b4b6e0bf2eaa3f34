import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withContentSecurityPolicy,
  withHeadersPolicy,
} from '../../src/plugins/content-security-policy/policy';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const colourMode = 'document.documentElement.setAttribute("data-theme","light")';
const page = `<!doctype html><html><head><meta charset=UTF-8><title>t</title><script type="application/ld+json">{"a":1}</script></head><body><script>${colourMode}</script><script src=/assets/js/main.js defer></script></body></html>`;

describe('Content-Security-Policy', () => {
  it('hashes the inline scripts the browser runs, not JSON-LD data or external scripts', () => {
    expect(inlineScriptHashes(page)).toEqual([sha256(colourMode)]);
  });

  it('allows only the own origin and never eval or inline scripts', () => {
    const policy = contentSecurityPolicy([sha256(colourMode)]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' '${sha256(colourMode)}'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('puts the policy first in <head>, once', () => {
    const secured = withContentSecurityPolicy(page, 'build/x.html');
    expect(secured).toMatch(
      /^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
    );
    expect(withContentSecurityPolicy(secured, 'build/x.html')).toBe(secured);
  });

  it('names the file when a page has no <head>', () => {
    expect(() => withContentSecurityPolicy('<p>hi</p>', 'build/broken.html')).toThrow(
      /build\/broken\.html: no <head> element/,
    );
  });

  it('fills the policy into static/_headers and refuses a _headers file without the placeholder', () => {
    const template = readFileSync(path.resolve(__dirname, '../../static/_headers'), 'utf8');
    const built = withHeadersPolicy(template, [sha256(colourMode)]);
    expect(built).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy([sha256(colourMode)])}`,
    );
    expect(built).not.toMatch(/^\s*X-Frame-Options:/m);
    expect(() => withHeadersPolicy('/*\n  X-Content-Type-Options: nosniff\n', [])).toThrow(
      /static\/_headers: the Content-Security-Policy line must read/,
    );
  });
});
