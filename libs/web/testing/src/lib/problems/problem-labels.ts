import type { DefectStatus } from '@assay/web/core';

/** The most bytes a screenshot may have before the server refuses it (its upload limit, 25 MB by default). */
export const MAX_SCREENSHOT_BYTES = 25 * 1024 * 1024;

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * What is wrong with a chosen screenshot before it is sent, or null. The server decides from the
 * bytes; this only saves a round trip for a file that is plainly not an image.
 */
export function screenshotProblem(file: { name: string; type: string; size: number }): string | null {
  if (file.type && !IMAGE_TYPES.includes(file.type)) {
    return `“${file.name}” is not an image. Choose a PNG, JPEG, GIF or WebP screenshot.`;
  }
  if (file.size > MAX_SCREENSHOT_BYTES) return `“${file.name}” is larger than 25 MB. Choose a smaller screenshot.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** A report the reporter should hear about: it left triage, open and in progress for good. */
export function isResolved(status: DefectStatus): boolean {
  return !['TRIAGE', 'OPEN', 'IN_PROGRESS'].includes(status);
}

/** How the reporter reads a report's status. */
export function reportStatusLabel(status: DefectStatus): string {
  switch (status) {
    case 'TRIAGE':
      return 'Waiting to be looked at';
    case 'OPEN':
      return 'Accepted';
    case 'IN_PROGRESS':
      return 'Being worked on';
    case 'FIXED':
      return 'Fixed';
    case 'VERIFIED':
      return 'Fixed and checked';
    case 'CLOSED':
      return 'Closed';
    case 'WONT_FIX':
      return 'Will not be fixed';
    case 'DUPLICATE':
      return 'Already reported';
    default:
      return status;
  }
}
