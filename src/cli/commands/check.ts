import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { checkQuery } from '../../service/queries.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { formatIdentified } from '../format-identified.js';

/** Each parameter's values as given (`everyValue`): the schema reads one as that value and refuses two. */
interface CheckOptions {
  bands?: string[];
  imei?: string[];
  country?: string[];
  carrier?: string[];
  variant?: string[];
  json?: boolean;
  sources?: boolean;
  all?: boolean;
  asOf?: string[];
}

/** `bandfit check [DEVICE] [--imei IMEI] [--bands TEXT] --country CC [--carrier NAME|MCC-MNC] [--json]` */
export function checkCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('check')
    .description('Will this phone work on the carriers of a country? Verdict, score and reasons per carrier.')
    .argument('[device]', 'phone name or model number from the catalog ("Xiaomi Mi 6", "MCE16")')
    .option('--imei <digits>', 'the phone by its IMEI (dial *#06#: 15 digits) or its 8-digit TAC', everyValue)
    .option('--bands <text>', 'spec-sheet band text for a phone not in the catalog', everyValue)
    .option('--country <cc>', 'country: ISO code or name (US, "United States", Deutschland); may be left out with --carrier MCC-MNC', everyValue)
    .option('--carrier <name>', 'carrier name, brand or MCC-MNC (310-260, 26201; default: every network of the country)', everyValue)
    .option('--variant <label>', 'variant label or model number (China, Global, SM-S911U)', everyValue)
    .option('--all', 'include MVNOs')
    .option('--sources', 'name where each carrier fact comes from')
    .option('--json', 'machine-readable output (docs/api.md)'))
    .addHelpText('after', '\nExamples:\n  bandfit check "Xiaomi Mi 6" --country US\n  bandfit check --bands "LTE 1, 3, 5, 40" --country IN --carrier Jio --json\n  bandfit check --imei 35799425 --country US')
    .action(async (device: string | undefined, options: CheckOptions) => {
      const query = checkQueryParams('check', {
        ...(device !== undefined ? { device } : {}),
        ...(options.imei !== undefined ? { imei: options.imei } : {}),
        ...(options.bands !== undefined ? { bands: options.bands } : {}),
        ...(options.country !== undefined ? { country: options.country } : {}),
        ...(options.carrier !== undefined ? { carrier: options.carrier } : {}),
        ...(options.variant !== undefined ? { variant: options.variant } : {}),
        includeAll: options.all === true,
        asOf: asOfOf(options),
      });
      const report = checkQuery(await ctx.snapshot(), query);
      if (options.json) return ctx.io.out(JSON.stringify(report, null, 2));
      // The table printer (cli-table3) loads only for a table: `--json` never needs it.
      const { formatCheck } = await import('../format-check.js');
      if (report.identified && report.device) {
        ctx.io.out(formatIdentified(report.identified, `${report.device.brand} ${report.device.name}, ${report.device.variant.label} variant`));
      }
      ctx.io.out(formatCheck(report, { colour: ctx.io.isTTY, sources: options.sources === true }));
    });
}
