import type { CheckReport } from '../api.js';
import { pasteBandsCommand } from '../../../src/messages/paste-bands.js';
import { copyText } from '../export/copy-text.js';
import { reportText } from '../export/report-text.js';
import { copyLink, ShareBar } from '../export/share-bar.js';
import { LEVELS } from '../levels.js';
import { VerdictCard } from './verdict-card.js';

/** The answer of the check screen: a summary line, what pasted text could not be read, the cards. */
export function CheckResults({ report }: { report: CheckReport }) {
  if (!report.results.length) return <p class="empty">bandfit knows no carrier in {report.countryName} yet.</p>;
  const v = report.device?.variant;
  if (report.device && !report.bands.length) {
    return (
      <p class="empty" aria-live="polite">
        No band list for the {report.device.brand} {report.device.name} ({v?.label}) is in bandfit's sources, so whether it works on{' '}
        {report.results.map((r) => r.carrier.name).join(', ')} cannot be said. Have its spec sheet? Paste its network lines in Bands above,
        or on the command line: <code>{pasteBandsCommand(report.country)}</code>
      </p>
    );
  }
  return (
    <div aria-live="polite">
      <p class="summary">
        {report.device ? `${report.device.brand} ${report.device.name}` : `Pasted bands (${report.bands.join(' ') || 'none read'})`}
        {v ? ` (${v.label}${v.models.length ? `, ${v.models.join('/')}` : ''})` : ''} in {report.countryName}:{' '}
        {report.results.map((r) => `${r.carrier.name} ${LEVELS[r.level].short}`).join(', ')}
      </p>
      {report.identified && (
        <p class="identified">
          Identified by IMEI: TAC {report.identified.tac} is the {report.identified.brand} {report.identified.model} in the {report.identified.source} ({report.identified.row})
          {report.identified.variantIdentified ? '.' : '; it does not say which variant, so the one sold in this country is judged.'}
        </p>
      )}
      {report.unread.length > 0 && (
        <div class="unread" role="note">
          <p>Not read from the pasted text, so not counted:</p>
          <ul>{report.unread.map((u, i) => <li key={i}><code>{u.text}</code>: {u.reason}</li>)}</ul>
        </div>
      )}
      <ShareBar actions={[copyLink, { label: 'Copy report', done: 'Report copied as text', run: () => copyText(reportText(report, location.href)) }, { label: 'Print', done: '', run: () => print() }]} />
      <div class="cards">{report.results.map((r) => <VerdictCard key={r.carrier.id} result={r} />)}</div>
    </div>
  );
}
