/**
 * Whether a process's memory grew during a soak: RSS at the start (after warm-up) and at the end,
 * the least-squares slope over the second half of the run (the first half lets caches, pools and
 * the JIT settle) with its standard error, and the slope of the floor: the least-squares line
 * through the lowest sample of each minute of the whole run.
 *
 * The band is ±2 MB/min. Resident memory of a Node.js process under steady load is not flat: V8's
 * heap rises and falls with each mark-compact, and malloc's arenas grow in steps, by a few MB either
 * way. Over the 2.5 minutes of a 5-minute soak's second half, 2 MB/min is 5 MB, about 2 % of a
 * 250 MB process, so a slower growth cannot be told from that movement in such a run (a longer soak
 * narrows it).
 *
 * A busy gateway's heap can also climb for minutes between two mark-compacts and then fall by
 * 100 MB, and V8 may raise its heap's limit during the run so that the climbs grow taller: a second
 * half that holds one such climb (or one such fall) has a steep or scattered slope without telling
 * anything about a leak, and its standard error (the samples are smooth) does not show it. A leak
 * raises the floor, what is left after each collection; a collection cycle does not. So the
 * verdict is:
 * - "no growth" when the second half's slope, give or take twice its standard error, is within the
 *   band; or when the floor's slope, give or take twice its own standard error, is within it over
 *   at least five minutes; or when the second half's slope is below the band (memory fell) and the
 *   floor's slope is not above it;
 * - "growth" when the slope minus twice its standard error is above the band and so is the floor's
 *   slope (at least two minutes are needed for a floor);
 * - "unclear" otherwise: the samples scatter more than the band, or memory rose or fell through the
 *   second half while the floor said otherwise, or the floor itself scatters more than the band (a
 *   collection cycle longer than a minute, whose lows are not every minute's; soak longer).
 * The samples are not independent, so the standard error understates the uncertainty somewhat.
 */

export interface MemorySample {
  /** Seconds since the soak's start (after warm-up). */
  seconds: number;
  mb: number;
}

export const GROWTH_BAND_MB_PER_MIN = 2;

/** Floors (whole minutes) the floor's fit needs before it can say "no growth" on its own. */
export const MIN_FLOORS_FOR_VERDICT = 5;

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
  /** Slope of the lowest sample of each whole minute, MB per minute (null under two minutes). */
  floorSlope: number | null;
  /** That slope's standard error (Infinity with fewer than three floors; null under two minutes). */
  floorStandardError: number | null;
  bandMbPerMin: number;
  verdict: Verdict;
}

/** The lowest sample of each whole minute since the first sample (a last, partial minute joins the one before). */
export function minuteFloors(samples: MemorySample[]): MemorySample[] {
  if (samples.length === 0) return [];
  const first = samples[0]!.seconds;
  const minutes = Math.floor((samples.at(-1)!.seconds - first) / 60);
  if (minutes < 1) return [];
  const floors: MemorySample[] = [];
  for (let m = 0; m < minutes; m++) {
    const inMinute = samples.filter((s) => {
      const minute = Math.min(minutes - 1, Math.floor((s.seconds - first) / 60));
      return minute === m;
    });
    floors.push(inMinute.reduce((low, s) => (s.mb < low.mb ? s : low)));
  }
  return floors;
}

/** The floor's fit: its slope and standard error, over how many whole minutes. */
export interface FloorFit extends Slope {
  minutes: number;
}

export function verdict({ slope, standardError }: Slope, floor: FloorFit | null, band = GROWTH_BAND_MB_PER_MIN): Verdict {
  const within = (fit: Slope) => fit.slope - 2 * fit.standardError >= -band && fit.slope + 2 * fit.standardError <= band;
  if (within({ slope, standardError })) return 'no growth';
  if (floor && floor.minutes >= MIN_FLOORS_FOR_VERDICT && within(floor)) return 'no growth';
  const floorRises = floor === null ? null : floor.slope > band;
  if (slope + 2 * standardError < -band && floorRises === false) return 'no growth';
  if (slope - 2 * standardError > band && floorRises === true) return 'growth';
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
  const floors = minuteFloors(samples);
  const floor = floors.length >= 2 ? { ...leastSquaresSlope(floors), minutes: floors.length } : null;
  return {
    startMb: first.mb,
    endMb: last.mb,
    peakMb: Math.max(...samples.map((s) => s.mb)),
    fitted: secondHalf.length,
    ...fit,
    floorSlope: floor?.slope ?? null,
    floorStandardError: floor?.standardError ?? null,
    bandMbPerMin: band,
    verdict: verdict(fit, floor, band),
  };
}

/** One line: `ours: RSS 312 → 318 MB (peak 320), +0.40 ± 0.30 MB/min over the second half (76 samples), floor +0.10 MB/min: no growth (band ±2 MB/min)`. */
export function trendLine(name: string, what: string, t: MemoryTrend): string {
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const error = Number.isFinite(t.standardError) ? ` ± ${t.standardError.toFixed(2)}` : '';
  const floorError = t.floorStandardError !== null && Number.isFinite(t.floorStandardError) ? ` ± ${t.floorStandardError.toFixed(2)}` : '';
  const floor = t.floorSlope === null ? 'no floor (under two minutes)' : `floor ${signed(t.floorSlope)}${floorError} MB/min`;
  return `${name}: ${what} ${t.startMb} → ${t.endMb} MB (peak ${t.peakMb}), ${signed(t.slope)}${error} MB/min over the second half (${t.fitted} samples), ${floor}: ${t.verdict} (band ±${t.bandMbPerMin} MB/min)`;
}
