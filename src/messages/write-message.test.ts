import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { EXAMPLES } from './examples.js';
import type { Problem } from './problem.js';
import type { Surface } from './surface.js';
import { writeMessage } from './write-message.js';

/** The field values a message must name: every scalar and every list item, but not the code or kind. */
function named(problem: Problem, surface: Surface): string[] {
  return Object.entries(problem)
    .filter(([key]) => key !== 'code' && key !== 'kind' && !(surface === 'cli' && key === 'parameter'))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .map(String);
}

describe('writeMessage', () => {
  const table = Object.values(EXAMPLES) as Problem[];

  it.each(table.flatMap((p) => (['cli', 'http'] as const).map((surface) => [p.kind, surface, p] as const)))(
    '%s (%s) writes one line naming its fields',
    (_kind, surface, problem) => {
      const message = writeMessage(problem, surface);
      expect(message.trim().length).toBeGreaterThan(10);
      expect(message).not.toContain('\n');
      expect(message).not.toMatch(/undefined|\[object /);
      for (const value of named(problem, surface)) expect(message).toContain(value);
    },
  );

  it('the HTTP wording names parameters, not CLI flags', () => {
    for (const problem of table) expect(writeMessage(problem, 'http')).not.toMatch(/(^|\s)--[a-z]/);
  });

  it('BandfitError takes the code from the problem, the path from its parameter, and the CLI wording', () => {
    const error = new BandfitError(EXAMPLES['empty-device-name'], { suggestions: ['Mi 6'] });
    expect(error.code).toBe('E_BAD_INPUT');
    expect(error.details).toEqual({ suggestions: ['Mi 6'], path: ['device'] });
    expect(error.message).toBe(writeMessage(EXAMPLES['empty-device-name'], 'cli'));
    expect(error.messageFor('http')).toContain('"device"');
  });

  it('the old constructor still works for sites written with their own message', () => {
    const error = new BandfitError('E_STORE', 'down', { path: ['x'] }, new Error('cause'));
    expect([error.code, error.message, error.problem, error.messageFor('http')]).toEqual(['E_STORE', 'down', undefined, 'down']);
    expect((error.cause as Error).message).toBe('cause');
  });
});
