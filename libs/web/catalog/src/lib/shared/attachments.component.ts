import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { AttachmentOwnerKind, postUpload, problemOf, uploadProblem } from '@assay/web/core';
import { AttachmentFieldsFragment, DeleteAttachmentDocument } from '../research.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogService, fileSize } from '@assay/web/ui';

/**
 * The files kept with a vendor, product, note or reference check: download links for everyone,
 * upload and delete (after asking) for editors. Bytes go over plain HTTP (POST /api/attachments
 * with the custom header the API requires against cross-site forms), the list comes from GraphQL.
 */
@Component({
  selector: 'assay-attachments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, MatProgressSpinnerModule],
  template: `
    @if (attachments().length > 0 || canEdit()) {
      <div class="attachments" role="group" [attr.aria-label]="'Attachments of ' + ownerLabel()">
        @if (attachments().length > 0) {
          <ul>
            @for (file of attachments(); track file.id) {
              <li>
                <mat-icon aria-hidden="true">{{ icon(file.contentType) }}</mat-icon>
                <a
                  [href]="href(file)"
                  download
                  [attr.aria-label]="'Download ' + file.fileName + ' (' + size(file.sizeBytes) + ')'"
                  >{{ file.fileName }}</a
                >
                <span class="details"
                  >{{ size(file.sizeBytes) }} · {{ file.uploadedAt | date: 'd MMM y'
                  }}{{ file.uploadedByName ? ' · ' + file.uploadedByName : '' }}</span
                >
                @if (canEdit()) {
                  <button
                    mat-icon-button
                    type="button"
                    class="delete"
                    (click)="remove(file)"
                    [disabled]="busy()"
                    [attr.aria-label]="'Delete ' + file.fileName"
                  >
                    <mat-icon>delete_outline</mat-icon>
                  </button>
                }
              </li>
            }
          </ul>
        }
        @if (canEdit()) {
          <div class="upload">
            <input
              #fileInput
              type="file"
              class="visually-hidden"
              tabindex="-1"
              aria-hidden="true"
              (change)="upload($event)"
            />
            <button
              mat-button
              type="button"
              (click)="fileInput.click()"
              [disabled]="busy()"
              [attr.aria-label]="(busy() ? 'Uploading… to ' : 'Attach file to ') + ownerLabel()"
            >
              @if (busy()) {
                <mat-spinner diameter="16" aria-hidden="true" />
              } @else {
                <mat-icon>attach_file</mat-icon>
              }
              {{ busy() ? 'Uploading…' : 'Attach file' }}
            </button>
          </div>
        }
        @if (problem(); as message) {
          <p class="problem" role="alert">{{ message }}</p>
        }
      </div>
    }
  `,
  styles: `
    .attachments {
      margin-top: 8px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      min-height: 36px;
      font-size: 14px;
    }
    li mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
      color: var(--mat-sys-on-surface-variant);
    }
    li a {
      overflow-wrap: anywhere;
    }
    .details {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
    .delete {
      margin-left: auto;
    }
    .upload {
      margin-left: -12px;
    }
    .upload mat-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
    .problem {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font-size: 14px;
    }
  `,
})
export class AttachmentsComponent {
  private readonly http = inject(HttpClient);
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  readonly ownerKind = input.required<AttachmentOwnerKind>();
  readonly ownerId = input.required<string>();
  /** What the files belong to, for labels: "the note “Roadmap webinar”". */
  readonly ownerLabel = input.required<string>();
  readonly attachments = input.required<readonly AttachmentFieldsFragment[]>();
  readonly canEdit = input(false);
  /** A file was added or removed: the owner's list should be loaded again. */
  readonly changed = output<void>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected size(bytes: number): string {
    return fileSize(bytes);
  }

  protected icon(contentType: string): string {
    if (contentType === 'application/pdf') return 'picture_as_pdf';
    if (contentType.startsWith('image/')) return 'image';
    if (/spreadsheet|excel|csv/.test(contentType)) return 'table_chart';
    return 'description';
  }

  /** Only the API's own download address is ever linked. */
  protected href(file: AttachmentFieldsFragment): string {
    return file.downloadUrl.startsWith('/api/attachments/')
      ? file.downloadUrl
      : `/api/attachments/${encodeURIComponent(file.id)}`;
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.append('ownerKind', this.ownerKind());
    body.append('ownerId', this.ownerId());
    body.append('file', file, file.name);
    this.busy.set(true);
    this.problem.set(null);
    try {
      await postUpload(this.http, '/api/attachments', body);
      this.dialogs.notify(`Attached ${file.name}.`);
      this.changed.emit();
    } catch (error) {
      this.problem.set(uploadProblem(error, file.name, { tooLargeTo: 'attach', couldNotBe: 'attached' }));
    } finally {
      this.busy.set(false);
      const element = this.fileInput()?.nativeElement;
      if (element) element.value = '';
    }
  }

  protected async remove(file: AttachmentFieldsFragment): Promise<void> {
    const confirmed = await this.dialogs.confirm({
      title: `Delete ${file.fileName}?`,
      message: `The file is removed for everyone. The history of ${this.ownerLabel()} keeps a note that it was deleted.`,
      confirm: 'Delete',
      danger: true,
    });
    if (confirmed !== 'done') return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: DeleteAttachmentDocument, variables: { id: file.id } }));
      this.dialogs.notify(`Deleted ${file.fileName}.`);
      this.changed.emit();
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
