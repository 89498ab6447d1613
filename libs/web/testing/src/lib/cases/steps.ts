/** One step of a case as the form edits it. */
export interface StepDraft {
  action: string;
  expected: string;
}

/** The steps with the one at `index` moved by `delta` places; out of range leaves them as they are. */
export function moveStep<T>(steps: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length || delta === 0) return [...steps];
  const next = [...steps];
  const [step] = next.splice(index, 1);
  next.splice(to, 0, step);
  return next;
}

/** The steps the API takes: trimmed, and the empty rows (neither action nor result) left out. */
export function stepsToSave(steps: readonly StepDraft[]): StepDraft[] {
  return steps
    .map((step) => ({ action: step.action.trim(), expected: step.expected.trim() }))
    .filter((step) => step.action || step.expected);
}

/** Tags typed as one line, separated by commas: trimmed, without blanks or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
