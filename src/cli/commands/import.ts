import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { BandfitError, isBandfitError } from '../../errors.js';
import { FORMATS, type FormatOption } from '../../import/detect-format.js';
import { importCarriers } from '../../import/import-carriers.js';
import { importDevices, type ImportProgress, type ImportReport, type RejectedRow } from '../../import/import-devices.js';
import { importTacs } from '../../import/import-tacs.js';
import type { CliContext } from '../context.js';

/**
 * Progress: a redrawn bar on a terminal, a plain line per quarter otherwise (logs stay short).
 * Written to stderr so stdout carries only the summary.
 */
function progressPrinter(ctx: CliContext): (p: ImportProgress) => void {
  let lastQuarter = -1;
  let lastPhase = '';
  const tty = ctx.io.isTTY && Boolean(process.stderr.isTTY);
  return ({ phase, done, total }) => {
    const share = total ? done / total : 1;
    if (tty) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r${phase === 'read' ? 'reading' : 'writing'} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write('\n');
      return;
    }
    const quarter = Math.floor(share * 4);
    if (phase === lastPhase && quarter === lastQuarter) return;
    [lastPhase, lastQuarter] = [phase, quarter];
    ctx.io.err(`${phase === 'read' ? 'reading' : 'writing'}: ${done}/${total}`);
  };
}

function summary(r: ImportReport): string {
  const parsed = r.bandRows ? (((r.bandRows - r.rejected.length) / r.bandRows) * 100).toFixed(1) : '100.0';
  return [
    `Imported ${r.imported} devices from ${r.file} (${r.format}): ${r.inserted} new, ${r.updated} updated.`,
    `Rows: ${r.rows} read, ${r.notPhones} without cellular radio skipped, ${r.rejected.length} rejected; band rows read in full: ${parsed} %.`,
    ...(r.keptStarter.length ? [`Kept ${r.keptStarter.length} curated records as they are (${r.keptStarter.slice(0, 5).join(', ')}${r.keptStarter.length > 5 ? ', …' : ''}).`] : []),
  ].join('\n');
}

async function writeReport(path: string, body: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
}

/** `bandfit import devices FILE [--format F] [--skip-invalid] [--report FILE]`, `bandfit import carriers FILE`, `bandfit import tacs FILE` */
export function importCommand(ctx: CliContext): Command {
  const command = new Command('import').description('Import devices or carrier facts into the store');
  command
    .command('devices')
    .description('Import devices from a GSMArena dump (CSV or JSON) or a bandfit export')
    .argument('<file>', 'file to import')
    .option('--format <format>', `layout of the file (${FORMATS.join(', ')})`, 'auto')
    .option('--skip-invalid', 'import the good rows and report the rejected ones (default: all or nothing)')
    .option('--report <file>', 'write the rejected rows (line and reason) as JSON to this file')
    .action(async (file: string, o: { format: string; skipInvalid?: boolean; report?: string }) => {
      if (!FORMATS.includes(o.format as FormatOption)) {
        throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'not-one-of', parameter: 'format', input: o.format, allowed: [...FORMATS] }, { path: ['format'], suggestions: [...FORMATS] });
      }
      const store = await ctx.openStore();
      let report: ImportReport;
      try {
        report = await importDevices(store, file, { format: o.format as FormatOption, skipInvalid: Boolean(o.skipInvalid), onProgress: progressPrinter(ctx) });
      } catch (error) {
        if (o.report && isBandfitError(error) && error.code === 'E_IMPORT') {
          await writeReport(o.report, { file, imported: 0, rejected: (error.details.rejected as RejectedRow[] | undefined) ?? [{ line: error.details.path?.[0], reason: error.message }] });
        }
        throw error;
      }
      ctx.io.out(summary(report));
      if (o.report) {
        await writeReport(o.report, report);
        ctx.io.out(`Report written to ${o.report}.`);
      } else {
        for (const row of report.rejected.slice(0, 10)) ctx.io.err(`  line ${row.line}: ${row.reason}`);
        if (report.rejected.length > 10) ctx.io.err(`  … ${report.rejected.length - 10} more (use --report FILE for all)`);
      }
    });
  command
    .command('carriers')
    .description('Import carrier bands or network status (Band Atlas network_bands.csv / networks.csv layout)')
    .argument('<file>', 'file to import')
    .action(async (file: string) => {
      const report = await importCarriers(await ctx.openStore(), file);
      ctx.io.out(`Imported ${report.carriers} carrier overlays from ${report.file} (${report.layout}, ${report.rows} rows).`);
    });
  command
    .command('tacs')
    .description('Import TACs (the first 8 digits of an IMEI) in the Osmocom tacdb CSV layout, so --imei identifies those phones')
    .argument('<file>', 'CSV: tac,name,name[,contributor,comment,gsmarena,gsmarena,aka] (TAC, brand, model, other model codes)')
    .action(async (file: string) => {
      try {
        const report = await importTacs(await ctx.openStore(), file);
        ctx.io.out(`Imported ${report.rows} TACs from ${report.file}: ${report.inserted} new, ${report.updated} updated. bandfit check --imei now identifies them.`);
      } catch (error) {
        const rejected = isBandfitError(error) ? (error.details.rejected as RejectedRow[] | undefined) : undefined;
        for (const row of rejected ?? []) ctx.io.err(`  line ${row.line}: ${row.reason}`);
        throw error;
      }
    });
  return command;
}
