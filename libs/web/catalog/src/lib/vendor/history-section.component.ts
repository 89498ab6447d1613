import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { CatalogKind } from '@assay/web/core';
import { HistoryListComponent } from '../history/history-list.component';
import { VendorStore } from './vendor.store';

interface HistorySubject {
  key: string;
  kind: CatalogKind;
  id: string;
  label: string;
}

/** Who changed the vendor (or one of its products or contacts), when, and what changed. */
@Component({
  selector: 'assay-history-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatSelectModule, HistoryListComponent],
  template: `
    <div class="section-bar">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="subject">
        <mat-label>History of</mat-label>
        <mat-select [ngModel]="selected()?.key" (ngModelChange)="selectedKey.set($event)">
          @for (subject of subjects(); track subject.key) {
            <mat-option [value]="subject.key">{{ subject.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <p class="lead">Notes, versions and reference checks have their own history in their menus.</p>
    </div>
    @if (selected(); as subject) {
      <assay-history-list [kind]="subject.kind" [objectId]="subject.id" [names]="store.names()" />
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .subject {
      min-width: 260px;
      flex: 0 1 360px;
    }
  `,
})
export class HistorySectionComponent {
  protected readonly store = inject(VendorStore);
  protected readonly selectedKey = signal<string | null>(null);
  protected readonly subjects = computed<HistorySubject[]>(() => {
    const vendor = this.store.vendor();
    if (!vendor) return [];
    return [
      { key: `VENDOR:${vendor.id}`, kind: 'VENDOR', id: vendor.id, label: `The vendor ${vendor.name}` },
      ...vendor.products.map((p) => ({
        key: `PRODUCT:${p.id}`,
        kind: 'PRODUCT' as const,
        id: p.id,
        label: `Product: ${p.name}`,
      })),
      ...vendor.contacts.map((c) => ({
        key: `CONTACT:${c.id}`,
        kind: 'CONTACT' as const,
        id: c.id,
        label: `Contact: ${c.name}`,
      })),
    ];
  });
  protected readonly selected = computed<HistorySubject | null>(() => {
    const subjects = this.subjects();
    return subjects.find((s) => s.key === this.selectedKey()) ?? subjects[0] ?? null;
  });
}
