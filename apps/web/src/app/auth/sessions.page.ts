import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import {
  EndSessionDocument,
  loader,
  MySessionsDocument,
  MySessionsQuery,
  Problem,
  problemOf,
  SessionStore,
} from '@assay/web/core';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

type Session = MySessionsQuery['mySessions'][number];

/** Where the person is signed in: this browser and every other live session, each of which they can sign out. */
@Component({
  selector: 'assay-sessions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  template: `
    <assay-page-header
      title="Sessions"
      subtitle="Where you are signed in. Sign out of anything you do not recognise, and change your password if you did not sign in there."
    >
      <button mat-stroked-button type="button" (click)="signOutEverywhere()" [disabled]="busy() !== null">
        <mat-icon>logout</mat-icon> {{ busy() === 'everywhere' ? 'Signing out everywhere…' : 'Sign out everywhere' }}
      </button>
    </assay-page-header>

    @if (problem() ?? loadProblem(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="load()" />
    }
    @if (loading() && sessions().length === 0) {
      <assay-loading label="Loading your sessions…" />
    } @else if (loaded()) {
      <section aria-labelledby="this-browser">
        <h2 id="this-browser">This browser</h2>
        @if (current(); as session) {
          <ul class="row-list">
            <li class="list-row">
              <mat-icon class="kind" aria-hidden="true">{{ iconOf(session) }}</mat-icon>
              <div class="about">
                <strong>{{ session.device }}</strong>
                <span
                  >Signed in {{ session.startedAt | date: 'medium'
                  }}{{ session.clientAddress ? ' from ' + session.clientAddress : '' }}</span
                >
                <span>Ends by itself {{ session.expiresAt | date: 'medium' }}</span>
              </div>
              <button mat-button type="button" (click)="signOutHere()" [disabled]="busy() !== null">Sign out</button>
            </li>
          </ul>
        }
      </section>

      <section aria-labelledby="elsewhere">
        <h2 id="elsewhere" #elsewhereHeading tabindex="-1">Other sessions</h2>
        @if (others().length === 0) {
          <assay-empty-state
            icon="devices"
            title="You are not signed in anywhere else"
            message="Other browsers, phones and API clients you sign in with appear here."
          />
        } @else {
          <ul class="row-list">
            @for (session of others(); track session.id) {
              <li class="list-row">
                <mat-icon class="kind" aria-hidden="true">{{ iconOf(session) }}</mat-icon>
                <div class="about">
                  <strong>{{ session.device }}</strong>
                  <span
                    >Signed in {{ session.startedAt | date: 'medium'
                    }}{{ session.clientAddress ? ' from ' + session.clientAddress : '' }}</span
                  >
                  <span>Last active {{ session.lastSeenAt | date: 'medium' }}</span>
                </div>
                <button
                  mat-button
                  type="button"
                  (click)="end(session)"
                  [disabled]="busy() !== null"
                  [attr.aria-label]="
                    'Sign out ' + session.device + ', signed in ' + (session.startedAt | date: 'medium')
                  "
                >
                  Sign out
                </button>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    @use 'row-list';

    h2 {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
})
export class SessionsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly elsewhereHeading = viewChild<ElementRef<HTMLElement>>('elsewhereHeading');

  protected readonly sessions = signal<Session[]>([]);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly loadProblem = this.loader.error;
  protected readonly loaded = signal(false);
  /** A sign-out that was refused. */
  protected readonly problem = signal<Problem | null>(null);
  /** What is being signed out: a session's id, 'here', 'everywhere', or nothing. */
  protected readonly busy = signal<string | null>(null);
  protected readonly current = computed(() => this.sessions().find((s) => s.current) ?? null);
  protected readonly others = computed(() => this.sessions().filter((s) => !s.current));

  ngOnInit(): void {
    void this.load();
  }

  load(): Promise<void> {
    this.problem.set(null);
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MySessionsDocument, fetchPolicy: 'network-only' }));
      this.sessions.set(result.data?.mySessions ?? []);
      this.loaded.set(true);
    });
  }

  protected iconOf(session: Session): string {
    return /iOS|Android/.test(session.device) ? 'smartphone' : /on /.test(session.device) ? 'computer' : 'terminal';
  }

  protected async end(target: Session): Promise<void> {
    this.busy.set(target.id);
    this.problem.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: EndSessionDocument, variables: { id: target.id } }));
      this.snackBar.open(`Signed out ${target.device}.`, 'OK', { duration: 4000 });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code !== 'NOT_FOUND') {
        this.problem.set(problem);
        return;
      }
      this.snackBar.open(`${target.device} was already signed out.`, 'OK', { duration: 4000 });
    } finally {
      this.busy.set(null);
    }
    await this.load();
    // The button that had focus is gone: continue from the list's heading.
    afterNextRender(() => this.elsewhereHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async signOutHere(): Promise<void> {
    this.busy.set('here');
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }

  protected async signOutEverywhere(): Promise<void> {
    this.busy.set('everywhere');
    this.problem.set(null);
    try {
      await this.session.signOutEverywhere();
    } catch (error) {
      this.problem.set(problemOf(error));
      this.busy.set(null);
      return;
    }
    this.snackBar.open('You are signed out everywhere.', 'OK', { duration: 5000 });
    await this.router.navigateByUrl('/sign-in');
  }
}
