/**
 * Spreads points along a line so neighbours are at least `gap` apart, each as near its wish as
 * the others allow, all within [min, max]. Points that would overlap are merged into a run that is
 * centred on their wishes (the classic "dodge"): deterministic, one pass, order kept.
 * `wishes` must be sorted ascending and must fit: (count - 1) * gap <= max - min.
 */
export function spread(wishes: readonly number[], gap: number, min: number, max: number): number[] {
  // A run of points `gap` apart: where its first sits, how many, and the sum of the firsts they wish for.
  const runs: { first: number; count: number; sum: number }[] = [];
  const place = (run: { first: number; count: number; sum: number }) => {
    run.first = Math.min(Math.max(run.sum / run.count, min), max - (run.count - 1) * gap);
  };
  for (const wish of wishes) {
    let run = { first: wish, count: 1, sum: wish };
    place(run);
    for (let last = runs.at(-1); last && last.first + last.count * gap > run.first; last = runs.at(-1)) {
      runs.pop();
      // The later run's points move `last.count` places along, so each wishes its first `gap` earlier.
      run = { first: 0, count: last.count + run.count, sum: last.sum + run.sum - run.count * last.count * gap };
      place(run);
    }
    runs.push(run);
  }
  return runs.flatMap((run) => Array.from({ length: run.count }, (_, index) => run.first + index * gap));
}
