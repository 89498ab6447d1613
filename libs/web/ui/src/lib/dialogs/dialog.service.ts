import { ComponentType } from '@angular/cdk/portal';
import { inject, Injectable } from '@angular/core';
import { AutoFocusTarget, MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData, ConfirmOutcome } from './confirm.dialog';

/** Opens the app's dialogs the one way: forms, confirmations (which may run the action) and notes that something happened. */
@Injectable({ providedIn: 'root' })
export class DialogService {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** Opens a form dialog; resolves with what it closed with (what it saved, a request to reload), undefined when cancelled. */
  openForm<R, D>(
    component: ComponentType<unknown>,
    data: D,
    width = '600px',
    autoFocus: AutoFocusTarget = 'first-tabbable',
  ): Promise<R | undefined> {
    return firstValueFrom(
      this.dialog.open<unknown, D, R>(component, { data, width, maxWidth: '95vw', autoFocus }).afterClosed(),
    );
  }

  /** Asks (perhaps for a reason or a choice), runs the action when one is given, and says how it ended. */
  confirm(data: ConfirmDialogData, width = '480px'): Promise<ConfirmOutcome> {
    return this.openForm<ConfirmOutcome, ConfirmDialogData>(ConfirmDialog, data, width);
  }

  /** Says briefly that something happened. */
  notify(message: string): void {
    this.snackBar.open(message, 'OK', { duration: 5000 });
  }
}
