/**
 * Where a message is read: the CLI names its flags (`--variant`), the HTTP API its parameters
 * (`variant`). The same problem is written for either; the code and fields never change.
 */
export type Surface = 'cli' | 'http';

/** How a surface names an input: `--country` on the command line, the parameter "country" over HTTP. */
export function option(surface: Surface, flag: string, parameter: string = flag): string {
  return surface === 'cli' ? `--${flag}` : `the parameter "${parameter}"`;
}

/** An example value as a surface writes it: `--country US` or `country=US`. */
export function example(surface: Surface, flag: string, value: string, parameter: string = flag): string {
  return surface === 'cli' ? `--${flag} ${value}` : `${parameter}=${value}`;
}

/** The names of a list, as a sentence: `A; B; C`. */
export function listed(names: readonly string[]): string {
  return names.join('; ');
}
