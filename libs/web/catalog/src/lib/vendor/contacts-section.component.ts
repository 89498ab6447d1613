import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { ContactFieldsFragment } from '../vendors.generated';
import { EmptyStateComponent } from '@assay/web/ui';
import { ContactFormDialog, ContactFormDialogData } from '../dialogs/contact-form.dialog';
import { VendorStore } from './vendor.store';

/** The people at the vendor: sales, support, account managers. */
@Component({
  selector: 'assay-contacts-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule, EmptyStateComponent],
  template: `
    @let vendor = store.vendor();
    @if (vendor) {
      <div class="section-bar">
        <p class="lead">People at {{ vendor.name }}.</p>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" (click)="add()"><mat-icon>person_add</mat-icon> Add contact</button>
        }
      </div>
      <ul class="contacts">
        @for (contact of vendor.contacts; track contact.id) {
          <li class="card" [class.archived]="contact.archivedAt">
            <header>
              <div class="title">
                <h3>{{ contact.name }}</h3>
                @if (contact.archivedAt) {
                  <span class="chip muted">Archived</span>
                }
              </div>
              @if (store.canEdit()) {
                <button
                  mat-icon-button
                  type="button"
                  [matMenuTriggerFor]="menu"
                  [attr.aria-label]="'Actions for ' + contact.name"
                >
                  <mat-icon>more_vert</mat-icon>
                </button>
                <mat-menu #menu="matMenu" xPosition="before">
                  <button mat-menu-item type="button" (click)="edit(contact)">
                    <mat-icon>edit</mat-icon> Edit contact
                  </button>
                  <button mat-menu-item type="button" (click)="store.showHistory('CONTACT', contact.id, contact.name)">
                    <mat-icon>history</mat-icon> History
                  </button>
                  @if (contact.archivedAt) {
                    <button mat-menu-item type="button" (click)="archive(contact, false)">
                      <mat-icon>unarchive</mat-icon> Restore contact
                    </button>
                  } @else {
                    <button mat-menu-item type="button" (click)="archive(contact, true)">
                      <mat-icon>archive</mat-icon> Archive contact
                    </button>
                  }
                </mat-menu>
              }
            </header>
            @if (contact.role) {
              <div class="muted-text">{{ contact.role }}</div>
            }
            <div class="meta">
              @if (contact.email) {
                <a [href]="'mailto:' + contact.email"
                  ><mat-icon aria-hidden="true">mail</mat-icon> {{ contact.email }}</a
                >
              }
              @if (contact.phone) {
                <a [href]="'tel:' + contact.phone"><mat-icon aria-hidden="true">call</mat-icon> {{ contact.phone }}</a>
              }
            </div>
            @if (contact.notes) {
              <p class="prose small">{{ contact.notes }}</p>
            }
          </li>
        }
      </ul>
      @if (vendor.contacts.length === 0) {
        <assay-empty-state
          icon="contacts"
          title="No contacts yet"
          [message]="
            store.canEdit()
              ? 'Add the people you deal with at ' + vendor.name + '.'
              : 'Editors add the people at a vendor.'
          "
        >
          @if (store.canEdit()) {
            <button mat-stroked-button type="button" (click)="add()">Add contact</button>
          }
        </assay-empty-state>
      }
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .contacts {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
    }
    .contacts .card {
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta a {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      overflow-wrap: anywhere;
    }
    .meta mat-icon {
      font-size: 16px;
      width: 16px;
      height: 16px;
    }
  `,
})
export class ContactsSectionComponent {
  protected readonly store = inject(VendorStore);

  protected async add(): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    await this.store.edit<ContactFieldsFragment, ContactFormDialogData>(
      ContactFormDialog,
      { vendorId: vendor.id, vendorName: vendor.name },
      (saved) => `Added ${saved.name}.`,
      '560px',
    );
  }

  protected async edit(contact: ContactFieldsFragment): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    await this.store.edit<ContactFieldsFragment, ContactFormDialogData>(
      ContactFormDialog,
      { vendorId: vendor.id, vendorName: vendor.name, contact },
      (saved) => `Saved ${saved.name}.`,
      '560px',
    );
  }

  protected archive(contact: ContactFieldsFragment, archive: boolean): Promise<void> {
    return this.store.setArchived(
      { kind: 'CONTACT', id: contact.id, version: contact.version, what: `the contact ${contact.name}` },
      archive,
    );
  }
}
