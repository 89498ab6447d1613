import { ComponentType } from '@angular/cdk/portal';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { FormDialogResult } from '@assay/web/core';
import { firstValueFrom } from 'rxjs';
import { ActionDialog, ActionDialogData, ActionOutcome } from './action.dialog';

/** Opens the area's dialogs and says what happened, for every page of evaluations. */
@Injectable({ providedIn: 'root' })
export class EvaluationActions {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** Opens a form dialog; resolves with what it saved, a request to reload, or undefined when cancelled. */
  openForm<T, D>(component: ComponentType<unknown>, data: D, width = '600px'): Promise<FormDialogResult<T>> {
    return firstValueFrom(
      this.dialog
        .open<unknown, D, FormDialogResult<T>>(component, {
          data,
          width,
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
  }

  /** Asks (and perhaps for a reason), runs the action, and reports how it ended. */
  act(data: ActionDialogData, width = '480px'): Promise<ActionOutcome> {
    return firstValueFrom(
      this.dialog
        .open<ActionDialog, ActionDialogData, ActionOutcome>(ActionDialog, {
          data,
          width,
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
  }

  notify(message: string): void {
    this.snackBar.open(message, 'OK', { duration: 5000 });
  }
}
