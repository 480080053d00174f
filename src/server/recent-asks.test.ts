import { describe, expect, it } from 'vitest';
import { RecentAsks } from './recent-asks.js';

describe('RecentAsks', () => {
  it('tells a URL asked before within the window, and stays bounded', () => {
    const asks = new RecentAsks(100);
    expect(asks.askedBefore('/api/v1/check?device=a')).toBe(false);
    expect(asks.askedBefore('/api/v1/check?device=a')).toBe(true);
    expect(asks.askedBefore('/api/v1/check?device=b')).toBe(false);
    for (let i = 0; i < 1000; i++) {
      asks.askedBefore(`/api/v1/check?n=${i}`);
      expect(asks.size).toBeLessThanOrEqual(200);
    }
    // Asked 1,000 distinct URLs ago: out of the window, so new again.
    expect(asks.askedBefore('/api/v1/check?device=a')).toBe(false);
    // The last 100 are still in it.
    expect(asks.askedBefore('/api/v1/check?n=950')).toBe(true);
  });

  it('forgets everything on clear', () => {
    const asks = new RecentAsks();
    asks.askedBefore('/x');
    asks.clear();
    expect(asks.size).toBe(0);
    expect(asks.askedBefore('/x')).toBe(false);
  });
});
