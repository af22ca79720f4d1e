/**
 * The offered rates of `pnpm bench`: a fraction of a measured maximum (`--at-fraction`), the soak's
 * rate (`--soak-rate`, or `--soak-fraction` of the maximum measured just before), and how a row
 * names its load in the table.
 */

/** A fraction option's value: a number above 0 and at most 1, or undefined when not given. */
export function parseFraction(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw new Error(`--${option} takes a fraction above 0 and at most 1 (got ${text})`);
  return value;
}

/** A rate option's value: requests per second above 0, or undefined when not given. */
export function parseRate(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${option} takes requests per second above 0 (got ${text})`);
  return value;
}

/** Whole requests per second at `fraction` of a measured maximum, at least 1. */
export function rateAtFraction(maxRps: number, fraction: number): number {
  if (!(maxRps > 0)) throw new Error(`no maximum rate to take a fraction of (measured ${maxRps} req/s)`);
  return Math.max(1, Math.round(maxRps * fraction));
}

export type SoakRate = { rate: number; basis: string } | { measureFirst: true };

/**
 * The soak's offered rate: the rate asked for; else `fraction` of the closed-loop maximum measured
 * in this run for the same operation and gateway; else the maximum has to be measured first.
 */
export function soakRate(asked: { rate?: number; fraction: number }, measuredMaxRps: number | undefined): SoakRate {
  if (asked.rate !== undefined) return { rate: asked.rate, basis: `${asked.rate} req/s as asked` };
  if (measuredMaxRps === undefined) return { measureFirst: true };
  return { rate: rateAtFraction(measuredMaxRps, asked.fraction), basis: `${asked.fraction} x the ${measuredMaxRps.toFixed(1)} req/s measured closed-loop` };
}

/** What a table row drove: closed loop, a fixed rate, or a fraction of the row above's maximum. */
export type Load = { kind: 'closed' } | { kind: 'rate'; rate: number } | { kind: 'fraction'; fraction: number; rate: number };

export function loadLabel(load: Load): string {
  switch (load.kind) {
    case 'closed':
      return 'max (closed)';
    case 'rate':
      return `${load.rate}/s`;
    case 'fraction':
      return `${load.fraction}x max = ${load.rate}/s`;
  }
}
