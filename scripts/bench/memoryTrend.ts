/**
 * Whether a process's memory grew during a soak: RSS at the start (after warm-up) and at the end,
 * and the least-squares slope over the second half of the run (the first half lets caches, pools
 * and the JIT settle), with its standard error.
 *
 * The verdict band is ±2 MB/min. Resident memory of a Node.js process under steady load is not
 * flat: V8's heap rises and falls with each mark-compact, and malloc's arenas grow in steps, by a
 * few MB either way. Over the 2.5 minutes of a 5-minute soak's second half, 2 MB/min is 5 MB, about
 * 2 % of a 250 MB process, so a slower growth cannot be told from that movement in such a run (a
 * longer soak narrows it). The verdict is "no growth" when even the slope plus twice its standard
 * error is within the band, "growth" when the slope minus twice its standard error is above it,
 * and "unclear" otherwise (the samples scatter more than the band). The samples are not independent
 * (a sawtooth), so the standard error understates the uncertainty somewhat.
 */

export interface MemorySample {
  /** Seconds since the soak's start (after warm-up). */
  seconds: number;
  mb: number;
}

export const GROWTH_BAND_MB_PER_MIN = 2;

export interface Slope {
  /** MB per minute. */
  slope: number;
  /** Standard error of the slope, MB per minute (Infinity with fewer than three samples). */
  standardError: number;
}

/** Least-squares line through the samples: its slope and the slope's standard error, per minute. */
export function leastSquaresSlope(samples: MemorySample[]): Slope {
  const n = samples.length;
  if (n < 2) return { slope: 0, standardError: Infinity };
  const meanT = samples.reduce((sum, s) => sum + s.seconds, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.mb, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const s of samples) {
    sxx += (s.seconds - meanT) ** 2;
    sxy += (s.seconds - meanT) * (s.mb - meanY);
  }
  if (sxx === 0) return { slope: 0, standardError: Infinity };
  const perSecond = sxy / sxx;
  if (n < 3) return { slope: perSecond * 60, standardError: Infinity };
  const residuals = samples.reduce((sum, s) => sum + (s.mb - (meanY + perSecond * (s.seconds - meanT))) ** 2, 0);
  return { slope: perSecond * 60, standardError: Math.sqrt(residuals / (n - 2) / sxx) * 60 };
}

export type Verdict = 'no growth' | 'growth' | 'unclear';

export interface MemoryTrend extends Slope {
  startMb: number;
  endMb: number;
  peakMb: number;
  /** Samples in the second half, which the slope is fitted to. */
  fitted: number;
  bandMbPerMin: number;
  verdict: Verdict;
}

export function verdict({ slope, standardError }: Slope, band = GROWTH_BAND_MB_PER_MIN): Verdict {
  if (slope + 2 * standardError <= band) return 'no growth';
  if (slope - 2 * standardError > band) return 'growth';
  return 'unclear';
}

/** The trend of one process's samples (in time order). */
export function memoryTrend(samples: MemorySample[], band = GROWTH_BAND_MB_PER_MIN): MemoryTrend {
  if (samples.length === 0) throw new Error('no memory samples');
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const half = (first.seconds + last.seconds) / 2;
  const secondHalf = samples.filter((s) => s.seconds >= half);
  const fit = leastSquaresSlope(secondHalf);
  return {
    startMb: first.mb,
    endMb: last.mb,
    peakMb: Math.max(...samples.map((s) => s.mb)),
    fitted: secondHalf.length,
    ...fit,
    bandMbPerMin: band,
    verdict: verdict(fit, band),
  };
}

/** One line: `ours: RSS 312 → 318 MB (peak 320), +0.4 ± 0.3 MB/min over the second half: no growth (band ±2 MB/min)`. */
export function trendLine(name: string, what: string, t: MemoryTrend): string {
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const error = Number.isFinite(t.standardError) ? ` ± ${t.standardError.toFixed(2)}` : '';
  return `${name}: ${what} ${t.startMb} → ${t.endMb} MB (peak ${t.peakMb}), ${signed(t.slope)}${error} MB/min over the second half (${t.fitted} samples): ${t.verdict} (band ±${t.bandMbPerMin} MB/min)`;
}
