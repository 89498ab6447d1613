import { Directive, inject, signal } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { validationMessage } from '@assay/domain';
import { Apollo } from 'apollo-angular';
import { Problem, problemOf } from '../errors/problem';

/** How a form dialog closed: with what was saved, or asking the page to reload (stale data). */
export type FormDialogResult<T> = { saved: T } | { reload: true } | undefined;

/**
 * What every form dialog shares: a saving flag, the server's problem (shown in a banner, with a
 * Reload action when someone else saved first), and field errors beside the fields — the
 * browser's own checks and the server's `extensions.fields` alike. Its form carries the global
 * `form-dialog` class for the shared layout.
 */
@Directive()
export abstract class FormDialog<T> {
  protected readonly apollo = inject(Apollo);
  protected readonly ref = inject<MatDialogRef<unknown, FormDialogResult<T>>>(MatDialogRef);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected abstract readonly form: FormGroup;

  /** The message to show under a field, or null. */
  protected fieldError(path: string): string | null {
    return controlError(this.form.get(path));
  }

  /** Validates, runs the save, and closes with its result; on failure shows what the server said. */
  protected async submit(run: () => Promise<T | null | undefined>): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await run();
      if (saved) this.ref.close({ saved });
    } catch (error) {
      const problem = problemOf(error);
      const placed = applyServerErrors(this.form, problem.fields);
      // What is said beside a field need not be said twice: the banner then only points at it.
      const allPlaced = placed > 0 && placed === Object.keys(problem.fields).length;
      this.problem.set(
        allPlaced
          ? { ...problem, message: placed === 1 ? 'Check the field marked below.' : 'Check the fields marked below.' }
          : problem,
      );
    } finally {
      this.saving.set(false);
    }
  }

  protected reload(): void {
    this.ref.close({ reload: true });
  }
}

/** The words for a control's first error, once the person has touched it or the server spoke. */
export function controlError(control: AbstractControl | null): string | null {
  const errors = control?.errors;
  if (!errors) return null;
  if (!errors['server'] && !(control.touched || control.dirty)) return null;
  return validationMessage(errors);
}

/** Puts each of the server's field problems on the matching control (they clear when it changes); says how many found one. */
export function applyServerErrors(form: FormGroup, fields: Record<string, string[]>): number {
  let placed = 0;
  for (const [field, problems] of Object.entries(fields)) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: problems.join(' ') });
      control.markAsTouched();
      placed++;
    }
  }
  return placed;
}

/** A validator for optional web addresses: empty, or http(s)://… */
export function webUrl(control: AbstractControl): { url: true } | null {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
}

/** Optional text as the API takes it: trimmed, and blank as null (which clears the field). */
export function optional(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
