/** Display helpers for the results page: numbers are rounded for reading, never for computing. */

export const percent = (share: number | null | undefined, digits = 1): string =>
  share === null || share === undefined || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(digits)} %`;

export const points = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

export const signedPercent = (change: number): string =>
  `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)} pp`;
