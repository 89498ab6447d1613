import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { problemOf, provideGraphQL } from '@assay/web/core/app';
import { DESCRIBE_ERROR } from '@assay/web/ui/describe-error';
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
  ],
};
