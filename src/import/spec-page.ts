import type { DeviceBandFields } from '../bands/parse-device-bands.js';
import { gsmarenaDate, modelList } from './spec-text.js';

/** What a phone's spec page says that bandfit keeps: its name, band rows and a few facts. */
export interface SpecPage {
  /** `data-spec="modelname"` of a saved page; absent in copied text. */
  name?: string;
  /** The Network rows, one line per regional variant (GSMArena's `<br>` breaks). */
  fields: DeviceBandFields;
  /** True when the page has at least one band row (2G, 3G, 4G or 5G). */
  hasBandTable: boolean;
  models?: string[];
  announced?: string;
  released?: string;
  /** True when the SIM row names an eSIM; absent when the page does not say. */
  esim?: boolean;
}

/** GSMArena's Network rows: the cell's `data-spec` and the row label in copied text. */
const ROWS = [
  { spec: 'net2g', label: '2G', field: 'gsm' },
  { spec: 'net3g', label: '3G', field: 'umts' },
  { spec: 'net4g', label: '4G', field: 'lte' },
  { spec: 'net5g', label: '5G', field: 'nr' },
] as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of the element carrying `data-spec="key"` (a saved page), or undefined. */
function cell(html: string, key: string): string | undefined {
  const match = new RegExp(`data-spec\\s*=\\s*["']${key}["'][^>]*>([\\s\\S]*?)</(?:td|h1|h2|span|div|a|p)>`, 'i').exec(html);
  const text = match ? decode(match[1]!) : '';
  return text || undefined;
}

/** Labels of the rows that end a band row in copied text (GSMArena's other rows and sections). */
const OTHER_ROW =
  /^(?:network\s+)?(?:technology|speed|gprs|edge|launch|announced|status|body|dimensions|weight|build|sim|display|type|size|resolution|platform|os|chipset|cpu|gpu|memory|card slot|internal|main camera|selfie camera|sound|comms|wlan|bluetooth|positioning|nfc|radio|usb|features|sensors|battery|misc|colors|models|sar|price|tests|performance)\b/i;
const SECTION = /^(?:network|launch|body|display|platform|memory|main camera|selfie camera|sound|comms|features|battery|misc|tests)$/i;
const BAND_ROW = /^(?:network\s+)?([2-5])\s*g\s*bands?\b\s*[:\t ]?\s*(.*)$/i;

/** Copied text: a band row runs from its label (`4G bands`, `4GBands :`) to the next row label. */
function fromText(text: string): Pick<SpecPage, 'fields' | 'models' | 'announced' | 'released' | 'esim'> {
  const lines: Partial<Record<keyof DeviceBandFields, string[]>> = {};
  const facts: Record<string, string> = {};
  let current: keyof DeviceBandFields | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    // A browser copies table cells with tabs; a section name in the first cell goes (`Launch⇥Announced⇥2022`).
    const cells = raw.split('\t').map((c) => c.trim()).filter(Boolean);
    if (cells.length > 1 && SECTION.test(cells[0]!)) cells.shift();
    const line = cells.join(' ').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const band = BAND_ROW.exec(line);
    if (band) {
      current = ROWS.find((r) => r.label === `${band[1]}G`)!.field;
      lines[current] ??= [];
      if (band[2]) lines[current]!.push(band[2]);
      continue;
    }
    const other = OTHER_ROW.exec(line);
    if (other) {
      current = undefined;
      const key = other[0].replace(/^network\s+/i, '').toLowerCase();
      facts[key] ??= line.slice(other[0].length).replace(/^\s*:?\s*/, '');
      continue;
    }
    if (current) lines[current]!.push(line.replace(/^:\s*/, ''));
  }
  const fields: DeviceBandFields = {};
  for (const [field, list] of Object.entries(lines)) if (list.length) fields[field as keyof DeviceBandFields] = list.join('\n');
  return { fields, ...pageFacts(facts.models, facts.announced, facts.status, facts.sim) };
}

function pageFacts(models?: string, year?: string, status?: string, sim?: string): Pick<SpecPage, 'models' | 'announced' | 'released' | 'esim'> {
  const out: Pick<SpecPage, 'models' | 'announced' | 'released' | 'esim'> = {};
  const list = modelList(models);
  if (list) out.models = list;
  const announced = gsmarenaDate(year);
  if (announced) out.announced = announced;
  const released = status && /released/i.test(status) ? gsmarenaDate(status) : undefined;
  if (released) out.released = released;
  // `Nano-SIM and eSIM or Dual SIM - for China`: some models only, and the page does not say which.
  if (sim && /\besim\b/i.test(sim) && !/\bfor\b|\s[-–]\s/i.test(sim)) out.esim = true;
  return out;
}

/**
 * Reads a spec page saved from a browser (GSMArena-style HTML: cells `data-spec="net2g"` …
 * `net5g`, lines split by `<br>`, the name in `data-spec="modelname"`) or the copied text of its
 * Network section (`2G bands GSM 850 / 900 …`, continuation lines under their row).
 *
 * @example
 * readSpecPage('<td data-spec="net4g">1, 3, 7 - Global<br>1, 3, 41 - China</td>').fields;
 * // { lte: '1, 3, 7 - Global\n1, 3, 41 - China' }
 */
export function readSpecPage(text: string): SpecPage {
  let page: Omit<SpecPage, 'hasBandTable'>;
  if (/data-spec\s*=/i.test(text)) {
    const fields: DeviceBandFields = {};
    for (const row of ROWS) {
      const value = cell(text, row.spec);
      if (value) fields[row.field] = value;
    }
    const name = cell(text, 'modelname');
    page = { fields, ...(name ? { name } : {}), ...pageFacts(cell(text, 'models'), cell(text, 'year'), cell(text, 'status'), cell(text, 'sim')) };
  } else {
    page = fromText(/<[a-z][^>]*>/i.test(text) ? decode(text) : text);
  }
  return { ...page, hasBandTable: Object.keys(page.fields).length > 0 };
}
