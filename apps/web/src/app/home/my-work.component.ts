import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorBannerComponent, LoadingComponent, PluralPipe } from '@assay/web/ui';
import { MyWorkStore } from './my-work.store';

const NOTICE_KINDS: Record<string, string> = {
  OUTAGE: 'Outage',
  KNOWN_DEFECT: 'Known defect',
  PLANNED_UPGRADE: 'Planned upgrade',
};

/**
 * "Waiting for you": the home page's sections of the signed-in person's own work, one per role they
 * hold (a tester's runs and retests, a lead's evaluations, a director's agreements, an evaluator's
 * rounds, a department head's requirements), each with its count, links straight to the object,
 * and an empty state that says what will appear there. Loaded after the page (deferred).
 */
@Component({
  selector: 'assay-my-work',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyWorkStore],
  imports: [DatePipe, RouterLink, MatIconModule, ErrorBannerComponent, LoadingComponent, PluralPipe],
  templateUrl: './my-work.component.html',
  styleUrl: './my-work.component.scss',
})
export class MyWorkComponent implements OnInit {
  protected readonly store = inject(MyWorkStore);

  ngOnInit(): void {
    void this.store.load();
  }

  protected triageTotal(rows: readonly { count: number }[]): number {
    return rows.reduce((sum, row) => sum + row.count, 0);
  }

  protected noticeKind(kind: string): string {
    return NOTICE_KINDS[kind] ?? kind;
  }

  protected stepName(status: string | null): string {
    return status ? status.charAt(0) + status.slice(1).toLowerCase() : '';
  }
}
