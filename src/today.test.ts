import { describe, expect, it } from 'vitest';
import { today } from './today.js';

describe('today', () => {
  it('is the UTC day of the moment given, across midnight and back', () => {
    expect(today(new Date('2026-12-03T23:59:59.999Z'))).toBe('2026-12-03');
    expect(today(Date.parse('2026-12-04T00:00:00.000Z'))).toBe('2026-12-04');
    expect(today(new Date('2026-12-03T00:00:00.000Z'))).toBe('2026-12-03');
    expect(today(new Date('1999-12-31T12:00:00Z'))).toBe('1999-12-31');
    expect(today()).toBe(new Date().toISOString().slice(0, 10));
  });
});
