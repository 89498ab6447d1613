/** Total cost of ownership. */

export interface CostItem {
  label: string;
  amount: number;
}

export interface TrainingCost {
  label?: string;
  /** Staff hours in total (people × hours each). */
  hours: number;
  hourlyRate: number;
}

export interface TcoInput {
  years: number;
  /** Paid once, in year 1: licence, migration, hardware. */
  oneTime?: readonly CostItem[];
  /** Paid every year: subscription, hosting, support, staff time. */
  yearly?: readonly CostItem[];
  /** One-time training, costed as hours × hourly rate. */
  training?: readonly TrainingCost[];
}

export interface TcoResult {
  years: number;
  oneTime: number;
  training: number;
  /** Recurring cost of one year. */
  yearly: number;
  /** yearly × years. */
  recurring: number;
  total: number;
  /** Cost in each year: year 1 carries the one-time and training costs. */
  byYear: number[];
}

/** Multi-year total cost of ownership (undiscounted). */
export function totalCostOfOwnership(input: TcoInput): TcoResult {
  const { years } = input;
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError(`The period must be a whole number of years, at least 1; got ${years}.`);
  const add = (items: readonly CostItem[] | undefined, kind: string) =>
    (items ?? []).reduce((sum, item) => {
      if (typeof item.amount !== 'number' || !Number.isFinite(item.amount))
        throw new RangeError(`${kind} cost "${item.label}" is not a number.`);
      return sum + item.amount;
    }, 0);
  const oneTime = add(input.oneTime, 'One-time');
  const yearly = add(input.yearly, 'Yearly');
  const training = (input.training ?? []).reduce((sum, item) => {
    const name = item.label ? `Training "${item.label}"` : 'Training';
    if (!Number.isFinite(item.hours) || item.hours < 0)
      throw new RangeError(`${name}: hours must be zero or more, got ${item.hours}.`);
    if (!Number.isFinite(item.hourlyRate) || item.hourlyRate < 0)
      throw new RangeError(`${name}: the hourly rate must be zero or more, got ${item.hourlyRate}.`);
    return sum + item.hours * item.hourlyRate;
  }, 0);
  const byYear = Array.from({ length: years }, (_, y) => yearly + (y === 0 ? oneTime + training : 0));
  const recurring = yearly * years;
  return { years, oneTime, training, yearly, recurring, total: oneTime + training + recurring, byYear };
}

/** Score points (0–100) per `per` units of cost (10,000 unless given); null without a score or a positive cost. */
export function scorePerCost(score: number | null, cost: number, per = 10_000): number | null {
  if (score === null || !Number.isFinite(score) || !(cost > 0) || !Number.isFinite(cost)) return null;
  return (score * per) / cost;
}
