import type { Level } from './api.js';

/**
 * How each verdict level reads and looks. Colours keep at least 4.5:1 contrast with white text
 * (WCAG 2.1, 1.4.3) and every colour comes with words, so no answer rests on colour alone.
 */
export const LEVELS: Record<Level, { words: string; short: string; colour: string }> = {
  full: { words: 'Works fully', short: 'full', colour: '#1e7b34' },
  partial: { words: 'Works, some bands missing', short: 'partial', colour: '#0e7490' },
  limited: { words: 'Limited: expect weak or no coverage in places', short: 'limited', colour: '#a15c07' },
  none: { words: 'Does not work', short: 'none', colour: '#b42318' },
  unknown: { words: 'Not enough data to say', short: 'unknown', colour: '#5b6472' },
};

export const LEVEL_ORDER: Level[] = ['full', 'partial', 'limited', 'none', 'unknown'];

/** Map fill for countries without an answer. Partial is teal, not a second green, so the map tells them apart. */
export const NO_DATA = '#d9dde3';

export function VerdictBadge({ level }: { level: Level }) {
  const l = LEVELS[level];
  return (
    <span class="badge" style={{ background: l.colour }} data-level={level}>
      {l.short}
    </span>
  );
}
