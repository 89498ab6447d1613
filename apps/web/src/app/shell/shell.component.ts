import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import {
  CanKeepLibrariesDocument,
  FollowUpCountStore,
  NotificationCountStore,
  SessionStore,
} from '@assay/web/core/app';
import { Apollo } from 'apollo-angular';
import { filter, firstValueFrom, map } from 'rxjs';

interface NavItem {
  path: string;
  label: string;
  icon: string;
  exact?: boolean;
}

/** The frame around every signed-in page: navigation, the user menu and the page itself. */
@Component({
  selector: 'assay-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  /** The retests waiting for the person, counted beside Testing. */
  protected readonly followUps = inject(FollowUpCountStore);
  /** The unread notifications, counted on the bell in the top bar. */
  protected readonly notifications = inject(NotificationCountStore);
  private readonly apollo = inject(Apollo);
  /** Administrators and evaluation leads keep the requirement libraries (as the server decides). */
  protected readonly keepsLibraries = signal(false);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly sidenav = viewChild.required(MatSidenav);
  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('searchInput');
  private readonly searchButton = viewChild<string, ElementRef<HTMLButtonElement>>('searchButton', {
    read: ElementRef,
  });
  /** On a phone the search box hides behind an icon and opens over the top bar. */
  protected readonly searchOpen = signal(false);
  /** What the results page shows, kept in the box. */
  protected readonly searchText = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map(() => this.currentQuery()),
    ),
    { initialValue: this.currentQuery() },
  );
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly initials = computed(() =>
    (this.session.user()?.displayName ?? '?')
      .replace(/\(.*\)/, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join(''),
  );

  protected readonly areas: NavItem[] = [
    { path: '/', label: 'Home', icon: 'home', exact: true },
    { path: '/vendors', label: 'Vendors', icon: 'storefront' },
    { path: '/evaluations', label: 'Evaluations', icon: 'fact_check' },
    { path: '/testing', label: 'Testing', icon: 'science' },
    { path: '/decisions', label: 'Decisions', icon: 'gavel' },
    { path: '/feedback', label: 'Feedback', icon: 'rate_review' },
    { path: '/problems', label: 'Problem reports', icon: 'report_problem' },
  ];
  protected readonly libraryArea: NavItem = {
    path: '/requirement-libraries',
    label: 'Requirement libraries',
    icon: 'library_books',
  };
  protected readonly adminAreas: NavItem[] = [{ path: '/admin/users', label: 'Users', icon: 'manage_accounts' }];

  constructor() {
    // Counted when someone signs in (the shell may appear after the navigation that shows it)…
    effect(() => {
      const signedIn = !!this.session.user();
      untracked(() => {
        this.refreshCounts(signedIn);
        void this.refreshLibraryAccess(signedIn);
      });
    });
    // …and again on each navigation, so that the count keeps in step with what was just recorded.
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refreshCounts(!!this.session.user()));
  }

  private async refreshLibraryAccess(signedIn: boolean): Promise<void> {
    if (!signedIn) {
      this.keepsLibraries.set(false);
      return;
    }
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: CanKeepLibrariesDocument, fetchPolicy: 'network-only' }),
      );
      this.keepsLibraries.set(result.data?.canEditCatalogue ?? false);
    } catch {
      // Without the answer the link stays hidden; the page itself asks the server again.
      this.keepsLibraries.set(false);
    }
  }

  private refreshCounts(signedIn: boolean): void {
    if (signedIn) {
      void this.followUps.refresh();
      void this.notifications.refresh();
    } else {
      this.followUps.clear();
      this.notifications.clear();
    }
  }

  protected openSearch(): void {
    this.searchOpen.set(true);
    afterNextRender(() => this.searchInput()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Closes the phone's search box and puts focus back on the icon that opened it, not on the page's start. */
  protected closeSearch(): void {
    if (!this.searchOpen()) return;
    this.searchOpen.set(false);
    afterNextRender(() => this.searchButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected runSearch(text: string): void {
    const q = text.trim();
    if (!q) return;
    this.searchInput()?.nativeElement.blur();
    this.searchOpen.set(false);
    void this.router.navigate(['/search'], { queryParams: { q } });
  }

  private currentQuery(): string {
    const tree = this.router.parseUrl(this.router.url);
    return tree.root.children['primary']?.segments[0]?.path === 'search' ? (tree.queryParams['q'] ?? '') : '';
  }

  protected closeOnNarrow(): void {
    if (this.narrow()) void this.sidenav().close();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
