import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  FormDialogResult,
  loader,
  MyApiTokensDocument,
  MyApiTokensQuery,
  RevokeApiTokenDocument,
} from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ApiTokenDialog, CreatedApiToken } from './api-token.dialog';

type ApiToken = MyApiTokensQuery['myApiTokens'][number];

/** The person's personal API tokens: create one (its secret shown once), see when each was last used, revoke. */
@Component({
  selector: 'assay-api-tokens-page',
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
      title="API tokens"
      subtitle="Tokens let a script or CI job act as you without your password, for example to upload test results."
    >
      <button mat-flat-button type="button" (click)="create()"><mat-icon>add</mat-icon> New token</button>
    </assay-page-header>

    @if (created(); as fresh) {
      <section class="secret" aria-labelledby="secret-heading">
        <h2 id="secret-heading" #secretHeading tabindex="-1">Copy your new token now</h2>
        <p>
          This is the only time <strong>{{ fresh.token.name }}</strong> is shown. Assay keeps only a hash of it: if you
          lose it, revoke it and create another.
        </p>
        <div class="value">
          <code data-testid="new-token">{{ fresh.secret }}</code>
          <button mat-stroked-button type="button" (click)="copy(fresh.secret)">
            <mat-icon>content_copy</mat-icon> {{ copied() ? 'Copied' : 'Copy token' }}
          </button>
        </div>
        <p>Keep it in your CI's secret store (here as <code>ASSAY_TOKEN</code>) and send it as a Bearer token:</p>
        <pre tabindex="0" aria-label="Example requests"><code>{{ examples() }}</code></pre>
        <button mat-button type="button" (click)="created.set(null)">I have copied it</button>
      </section>
    }

    @if (loadProblem(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="load()" />
    }
    @if (loading() && tokens().length === 0) {
      <assay-loading label="Loading your API tokens…" />
    } @else if (loaded()) {
      <h2 id="list-heading" #listHeading tabindex="-1">Your tokens</h2>
      @if (tokens().length === 0) {
        <assay-empty-state
          icon="key"
          title="You have no API tokens"
          message="Create one for each script or CI job that needs to act as you, such as uploading JUnit test results. Each expires by itself, and you can revoke it at any time."
        />
      } @else {
        <ul class="row-list" aria-labelledby="list-heading">
          @for (token of tokens(); track token.id) {
            <li class="list-row">
              <mat-icon class="kind" aria-hidden="true">{{ token.expired ? 'key_off' : 'key' }}</mat-icon>
              <div class="about">
                <strong>{{ token.name }}</strong>
                <span
                  ><code>{{ token.prefix }}…</code> · created {{ token.createdAt | date: 'mediumDate' }}</span
                >
                <span>
                  {{ token.lastUsedAt ? 'Last used ' + (token.lastUsedAt | date: 'medium') : 'Never used' }}
                </span>
                <span [class.expired]="token.expired">
                  {{ token.expired ? 'Expired' : 'Expires' }} {{ token.expiresAt | date: 'medium' }}
                </span>
              </div>
              <button
                mat-button
                type="button"
                (click)="revoke(token)"
                [disabled]="busy()"
                [attr.aria-label]="'Revoke ' + token.name"
              >
                Revoke
              </button>
            </li>
          }
        </ul>
      }
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
    .secret {
      max-width: 760px;
      padding: 4px 16px 12px;
      border: 1px solid var(--mat-sys-primary);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .value {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .value code {
      font-size: 0.95rem;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    pre {
      margin: 0 0 8px;
      padding: 8px 12px;
      overflow-x: auto;
      max-width: 100%;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .about span.expired {
      color: var(--mat-sys-error);
    }
  `,
})
export class ApiTokensPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly clipboard = inject(Clipboard);
  private readonly injector = inject(Injector);
  private readonly secretHeading = viewChild<ElementRef<HTMLElement>>('secretHeading');
  private readonly listHeading = viewChild<ElementRef<HTMLElement>>('listHeading');

  protected readonly tokens = signal<ApiToken[]>([]);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly loadProblem = this.loader.error;
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  /** The token just created, with its secret: shown until the person dismisses it or leaves the page. */
  protected readonly created = signal<CreatedApiToken | null>(null);
  protected readonly copied = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  load(): Promise<void> {
    return this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: MyApiTokensDocument, fetchPolicy: 'network-only' }));
      this.tokens.set(result.data?.myApiTokens ?? []);
      this.loaded.set(true);
    });
  }

  protected examples(): string {
    const origin = window.location.origin;
    return [
      `curl -H "Authorization: Bearer $ASSAY_TOKEN" -H "Content-Type: application/json" \\`,
      `  -d '{"query":"{ me { email } }"}' ${origin}/graphql`,
      ``,
      `# Uploads also need the header X-Requested-With: assay, e.g. JUnit results:`,
      `curl -H "Authorization: Bearer $ASSAY_TOKEN" -H "X-Requested-With: assay" \\`,
      `  -F file=@report.xml ${origin}/api/test-runs/<id>/junit`,
    ].join('\n');
  }

  protected async create(): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<CreatedApiToken>, null>(ApiTokenDialog, null, '560px');
    if (!result || !('saved' in result)) return;
    this.copied.set(false);
    this.created.set(result.saved);
    await this.load();
    afterNextRender(() => this.secretHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected copy(secret: string): void {
    this.copied.set(this.clipboard.copy(secret));
  }

  protected async revoke(token: ApiToken): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: `Revoke ${token.name}?`,
      message:
        'Anything still using it is refused within seconds. This cannot be undone: create a new token if it is needed again.',
      confirm: 'Revoke',
      danger: true,
      run: () => firstValueFrom(this.apollo.mutate({ mutation: RevokeApiTokenDocument, variables: { id: token.id } })),
    });
    if (outcome !== 'done' && outcome !== 'reload') return;
    if (this.created()?.token.id === token.id) this.created.set(null);
    this.dialogs.notify(outcome === 'done' ? `Revoked ${token.name}.` : 'The list has changed.');
    await this.load();
    // The button that had focus is gone: continue from the list's heading.
    afterNextRender(() => this.listHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
