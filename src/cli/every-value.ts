/**
 * Keeps every value of an option given more than once (`--country US --country DE`), as the
 * HTTP API receives a parameter given twice (`country=US&country=DE`): the query's schema then
 * judges them as the route does. A list (`trip --countries`) takes them all; a parameter taken
 * once is refused as given twice (`parameter-repeated`), never silently the last one. One value
 * is a list of one, which the schema reads as that value. A default (`--currency USD`) is not
 * a list, so the first value given replaces it.
 */
export function everyValue(value: string, previous: unknown): string[] {
  return Array.isArray(previous) ? [...(previous as string[]), value] : [value];
}
