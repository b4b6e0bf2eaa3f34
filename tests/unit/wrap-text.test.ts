import { describe, expect, it } from 'vitest';

import { wrapText } from '../../src/components/Diagram/wrapText';

describe('wrapText (line breaking for build-time SVG diagrams)', () => {
  it('breaks between words so that no line is wider than the box', () => {
    const lines = wrapText(
      'Recruitment, transportation, transfer, harbouring or receipt of persons',
      200,
      17,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (17 * 0.55)));
    expect(lines.join(' ')).toBe(
      'Recruitment, transportation, transfer, harbouring or receipt of persons',
    );
  });

  it('wraps Cyrillic text the same way', () => {
    const lines = wrapText('Трговија со луѓе заради сексуална експлоатација', 150, 17);
    expect(lines.join(' ')).toBe('Трговија со луѓе заради сексуална експлоатација');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('splits a single word longer than the box instead of overflowing', () => {
    const lines = wrapText('Menekültügyi-Migrációs-Integrációs', 100, 17);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(100 / (17 * 0.55)));
  });
});
