import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { MAT_DIALOG_DEFAULT_OPTIONS, MatDialogConfig } from '@angular/material/dialog';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { problemOf, provideGraphQL } from '@assay/web/core';
import { DESCRIBE_ERROR } from '@assay/web/ui';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideGraphQL(),
    // The dialogs describe a refused action in the server's words.
    { provide: DESCRIBE_ERROR, useValue: problemOf },
    // A dialog takes the focus as it opens, not once its opening animation ends: on a slow machine
    // someone who has already clicked into a field and typed would otherwise see the focus jump to
    // the first field and the rest of their typing land there.
    { provide: MAT_DIALOG_DEFAULT_OPTIONS, useValue: { ...new MatDialogConfig(), delayFocusTrap: false } },
  ],
};
