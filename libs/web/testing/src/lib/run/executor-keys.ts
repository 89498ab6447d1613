/** What a key pressed in the run executor does, outside text fields. */
export type ExecutorCommand =
  | { kind: 'status'; status: 'PASSED' | 'FAILED' | 'BLOCKED' | 'SKIPPED' }
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'actualResult' }
  | { kind: 'defect' };

const STATUS_KEYS: Record<string, ExecutorCommand> = {
  p: { kind: 'status', status: 'PASSED' },
  f: { kind: 'status', status: 'FAILED' },
  b: { kind: 'status', status: 'BLOCKED' },
  s: { kind: 'status', status: 'SKIPPED' },
  n: { kind: 'move', by: 1 },
  j: { kind: 'move', by: 1 },
  k: { kind: 'move', by: -1 },
  d: { kind: 'defect' },
};

/**
 * The command for a key, or null when the key is not one of the executor's: P, F, B and S set a
 * status, N and J go to the next case, K to the previous one, D raises a defect from a failed case,
 * Enter opens the actual result. A key
 * with Ctrl, Alt or Meta is the browser's or the system's (Ctrl+F finds, Ctrl+P prints), and a key
 * typed into a text field is text.
 */
export function executorCommand(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  inTextField?: boolean;
}): ExecutorCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.inTextField) return null;
  if (event.key === 'Enter') return { kind: 'actualResult' };
  return STATUS_KEYS[event.key.toLowerCase()] ?? null;
}
