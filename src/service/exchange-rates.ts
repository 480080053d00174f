import { readFileSync } from 'node:fs';
import type { ExchangeRates } from '../engine/price.js';
import { projectPath } from '../project-root.js';

let cached: ExchangeRates | undefined;

/** The dated exchange-rate table shipped in `data/exchange-rates.json` (ECB reference rates). */
export function loadExchangeRates(): ExchangeRates {
  return (cached ??= JSON.parse(readFileSync(projectPath('data', 'exchange-rates.json'), 'utf8')) as ExchangeRates);
}
