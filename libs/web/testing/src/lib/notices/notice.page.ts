import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { loader } from '@assay/web/core';
import { DialogService, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { noticeKindLabel } from './notice-labels';
import { CloseProblemNoticeDocument, NoticeFieldsFragment, ProblemNoticeDocument } from './notices.generated';

/** /notices/:id: one problem notice, for the people it was sent to, its sender and administrators. */
@Component({
  selector: 'assay-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, LoadStateComponent, PageHeaderComponent],
  template: `
    <a class="back" routerLink="/"><mat-icon aria-hidden="true">arrow_back</mat-icon> Home</a>
    <assay-load-state
      [problem]="load.error()"
      [loading]="load.loading() && !notice()"
      loadingLabel="Loading the notice…"
      notFoundTitle="This notice was not found"
      notFoundMessage="A notice is shown to the staff of the libraries it was sent to, its sender and administrators."
      backLink="/"
      backLabel="Home"
      (retry)="reload()"
    />
    @if (notice(); as notice) {
      <assay-page-header
        [title]="notice.title"
        [subtitle]="kindLabel(notice) + ' · ' + notice.productName + (notice.closedAt ? ' · closed' : '')"
      >
        @if (notice.canClose) {
          <button mat-stroked-button type="button" (click)="close(notice)">
            <mat-icon>done</mat-icon> Close notice
          </button>
        }
      </assay-page-header>
      <dl class="facts">
        <div>
          <dt>When</dt>
          <dd>
            @if (notice.startsOn || notice.endsOn) {
              {{ notice.startsOn ? 'From ' + notice.startsOn : '' }} {{ notice.endsOn ? 'until ' + notice.endsOn : '' }}
            } @else {
              No dates given
            }
          </dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{{ notice.sentAt | date: 'd MMM y, HH:mm' }} by {{ notice.sentByName ?? 'a former user' }}</dd>
        </div>
        <div>
          <dt>To the staff of</dt>
          <dd>{{ libraryNames(notice) }}</dd>
        </div>
        @if (notice.closedAt) {
          <div>
            <dt>Closed</dt>
            <dd>{{ notice.closedAt | date: 'd MMM y, HH:mm' }}</dd>
          </div>
        }
      </dl>
      <p class="details">{{ notice.details || 'No details given.' }}</p>
    }
  `,
  styleUrls: ['../plans/testing-pages.scss'],
  styles: `
    .details {
      white-space: pre-wrap;
      max-width: 70ch;
    }
  `,
})
export class NoticePage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  protected readonly load = loader({ loading: true });
  protected readonly notice = signal<NoticeFieldsFragment | null>(null);
  protected readonly kindLabel = (notice: NoticeFieldsFragment) => noticeKindLabel(notice.kind);

  ngOnInit(): void {
    void this.reload();
  }

  protected reload(): Promise<void> {
    return this.load.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: ProblemNoticeDocument, variables: { id: this.id() }, fetchPolicy: 'network-only' }),
      );
      this.notice.set(result.data?.problemNotice ?? null);
    });
  }

  protected libraryNames(notice: NoticeFieldsFragment): string {
    return notice.libraries.map((library) => library.name).join(', ');
  }

  protected async close(notice: NoticeFieldsFragment): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: 'Close this notice?',
      message:
        'It leaves the home pages of the people it was sent to; they can still open it from their notifications.',
      confirm: 'Close notice',
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: CloseProblemNoticeDocument,
            variables: { input: { id: notice.id, version: notice.version } },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify('Closed the notice.');
    if (outcome) await this.reload();
  }
}
