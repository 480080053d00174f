import { BANDS_BY_ID } from '../band-names.js';
import type { CarrierResult, TechVerdict } from '../api.js';
import { LEVELS, VerdictBadge } from '../levels.js';

const TECH_NAMES: Record<string, string> = { GSM: '2G GSM', CDMA: '2G/3G CDMA', UMTS: '3G UMTS', TDSCDMA: '3G TD-SCDMA', LTE: '4G LTE', NR: '5G NR' };
/** The calls dimension, in the same words as the CLI and docs/verdicts.md. */
const CALLS: Record<string, string> = {
  volte: 'Calls: volte (over 4G)',
  'circuit-switched': 'Calls: circuit-switched (over 2G/3G)',
  unconfirmed: 'Calls: unconfirmed (check before buying)',
  none: 'Calls: none',
};

function stateNote(t: TechVerdict): string {
  if (t.state === 'off') return `switched off${t.date ? ` ${t.date}` : ''}`;
  if (t.state === 'ending') return `switching off${t.date ? ` ${t.date}` : ' soon'}`;
  if (t.state === 'none') return 'never used by this carrier';
  if (t.state === 'unknown') return 'bands not known';
  return '';
}

function TechTable({ tech }: { tech: TechVerdict }) {
  const off = tech.state === 'off' || tech.state === 'none';
  const note = stateNote(tech);
  if (!tech.bands.length) {
    return <p class="tech-line"><strong>{TECH_NAMES[tech.tech] ?? tech.tech}</strong>{note && <span class={`state state-${tech.state}`}> · {note}</span>}</p>;
  }
  return (
    <table class="bands">
      <caption>
        {TECH_NAMES[tech.tech] ?? tech.tech}
        {note && <span class={`state state-${tech.state}`}> · {note}</span>}
      </caption>
      <thead>
        <tr><th scope="col">Band</th><th scope="col">Role</th><th scope="col">This phone</th></tr>
      </thead>
      <tbody>
        {tech.bands.map((b) => (
          <tr key={b.band} class={off ? 'off' : b.supported ? 'yes' : 'no'}>
            <th scope="row">{b.band}<small> {BANDS_BY_ID.get(b.band) ?? ''}</small></th>
            <td>{b.role}</td>
            <td>{off ? 'switched off' : b.supported ? '✓ supported' : '✗ missing'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One carrier's verdict: the level in words and colour, the reasons, and every band. */
export function VerdictCard({ result }: { result: CarrierResult }) {
  const level = LEVELS[result.level];
  const techs = result.technologies.filter((t) => t.bands.length || t.state === 'off' || t.state === 'ending');
  return (
    <article class="card" style={{ borderTopColor: level.colour }} data-carrier={result.carrier.id} aria-label={`${result.carrier.name}: ${level.words}`}>
      <header>
        <h3>{result.carrier.name}{result.carrier.kind === 'mvno' && <small> (on {result.carrier.host ?? 'a host network'})</small>}</h3>
        <p class="verdict"><VerdictBadge level={result.level} /> Data: {level.words}{result.score !== null && <span class="score"> · score {Math.round(result.score * 100)}%</span>}</p>
        <p class="voice">{CALLS[result.calls] ?? result.calls}</p>
      </header>
      {result.reasons.length > 0 && (
        <ul class="reasons">{result.reasons.map((r, i) => <li key={i}>{r.message}</li>)}</ul>
      )}
      <details>
        <summary>Band by band</summary>
        {techs.length ? techs.map((t) => <TechTable key={t.tech} tech={t} />) : <p>No band list is known for this carrier.</p>}
      </details>
      <p class="source">
        {result.carrier.origin === 'curated' ? 'Curated record' : 'Derived from mcc-mnc-list'}
        {result.carrier.sources[0] ? ` · source: ${result.carrier.sources.map((s) => s.title).slice(0, 2).join('; ')}` : ''}
      </p>
    </article>
  );
}
