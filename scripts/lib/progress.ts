import cliProgress from 'cli-progress';

/** A progress bar on a terminal, a line every few seconds elsewhere (CI logs). */
export function progressBar(label: string, total: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% {value}/{total} {rate}/s eta {eta}s`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total, 0, { rate: 0 });
    return {
      update: (done: number) => bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000 || 1)) }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done: number) {
      if (Date.now() - last < 5000 && done < total) return;
      last = Date.now();
      console.error(`${label}: ${done}/${total}`);
    },
    stop: () => {},
  };
}
