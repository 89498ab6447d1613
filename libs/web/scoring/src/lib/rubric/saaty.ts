/** Saaty's verbal scale for pairwise judgments, from "extremely more important" down to "equally". */
const INTENSITY: Record<number, string> = {
  1: 'equally important',
  2: 'slightly more important',
  3: 'moderately more important',
  4: 'moderately to strongly more important',
  5: 'strongly more important',
  6: 'strongly to very strongly more important',
  7: 'very strongly more important',
  8: 'very to extremely strongly more important',
  9: 'extremely more important',
};

/** The judgments one may enter: 9, 8, … 2, 1, 1/2, … 1/9 (a[i][j] = how many times i outweighs j). */
export const SAATY_VALUES: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

/** A judgment as people write it: "3", "1/3", or a decimal for values off the scale. */
export function formatJudgment(value: number): string {
  if (value >= 1) return Number.isInteger(value) ? String(value) : value.toFixed(value >= 10 ? 0 : 1);
  const inverse = 1 / value;
  return Math.abs(inverse - Math.round(inverse)) < 1e-6 ? `1/${Math.round(inverse)}` : `1/${inverse.toFixed(1)}`;
}

/** "A is strongly more important than B", for a[A][B] = value. */
export function describeJudgment(a: string, b: string, value: number): string {
  if (Math.abs(value - 1) < 1e-9) return `${a} and ${b} are equally important`;
  return value > 1
    ? `${a} is ${INTENSITY[Math.round(value)]} than ${b}`
    : `${b} is ${INTENSITY[Math.round(1 / value)]} than ${a}`;
}

/** The point of the scale closest to a value (on a log scale, so 1/3 and 3 are as far from 1). */
export function nearestJudgment(value: number): number {
  if (!(value > 0)) return 1;
  let best = 1;
  for (const candidate of SAATY_VALUES) {
    if (Math.abs(Math.log(candidate / value)) < Math.abs(Math.log(best / value))) best = candidate;
  }
  return best;
}

/** An n × n reciprocal matrix of equal judgments. */
export function equalMatrix(n: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
}

/** A stored matrix brought onto the scale: the upper triangle snapped to the nearest point, the lower its reciprocal. */
export function normaliseMatrix(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  const result = equalMatrix(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = nearestJudgment(matrix[i][j]);
      result[i][j] = value;
      result[j][i] = 1 / value;
    }
  }
  return result;
}
