import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { problemOf } from '@assay/web/core';
import { DialogService } from '@assay/web/ui';
import { Declaration, ScoringStore } from './scoring.store';

interface Draft {
  conflict: boolean | null;
  description: string;
}

/**
 * Conflicts of interest on the scoring page. An evaluator declares, per vendor of the round's
 * candidates, "no conflict" or a conflict with what it is, before scoring; their own declarations
 * are listed after. The lead, directors and administrators see everyone's, and the lead lets an
 * evaluator score despite a declared conflict, with a reason.
 */
@Component({
  selector: 'assay-conflicts-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule],
  template: `
    @if (store.undeclaredVendors().length > 0) {
      <section class="declare" aria-labelledby="declare-title">
        <h2 id="declare-title">Declare conflicts of interest before scoring</h2>
        <p class="muted">
          For each vendor: do you have a conflict of interest (e.g. former employee, shareholder, family)? A declared
          conflict excludes you from scoring that vendor’s candidates unless the lead lets you score them.
        </p>
        <form (submit)="$event.preventDefault(); submit()">
          @for (vendor of store.undeclaredVendors(); track vendor.vendorId) {
            <fieldset>
              <legend>{{ vendor.vendorName }}</legend>
              <label
                ><input
                  type="radio"
                  [name]="'conflict-' + vendor.vendorId"
                  [checked]="draft(vendor.vendorId).conflict === false"
                  (change)="set(vendor.vendorId, { conflict: false })"
                />
                No conflict</label
              >
              <label
                ><input
                  type="radio"
                  [name]="'conflict-' + vendor.vendorId"
                  [checked]="draft(vendor.vendorId).conflict === true"
                  (change)="set(vendor.vendorId, { conflict: true })"
                />
                Conflict of interest</label
              >
              @if (draft(vendor.vendorId).conflict) {
                <label class="description"
                  ><span>What is the conflict with {{ vendor.vendorName }}?</span>
                  <textarea
                    rows="2"
                    maxlength="2000"
                    [value]="draft(vendor.vendorId).description"
                    (input)="set(vendor.vendorId, { description: $any($event.target).value })"
                  ></textarea>
                </label>
              }
            </fieldset>
          }
          @if (problem(); as problem) {
            <p class="field-problem" role="alert">{{ problem }}</p>
          }
          <button mat-flat-button type="submit" [disabled]="saving()">Save declarations</button>
        </form>
      </section>
    }

    @if (store.allDeclarations().length > 0 || store.conflicts()?.all) {
      <section class="list" aria-labelledby="declarations-title">
        <h2 id="declarations-title">Conflict-of-interest declarations</h2>
        @if (store.allDeclarations().length === 0) {
          <p class="muted">No evaluator has declared yet.</p>
        } @else {
          <table>
            <thead>
              <tr>
                <th scope="col">Evaluator</th>
                <th scope="col">Vendor</th>
                <th scope="col">Declaration</th>
                <th scope="col">Declared</th>
                <th scope="col">Scoring</th>
              </tr>
            </thead>
            <tbody>
              @for (d of store.allDeclarations(); track d.id) {
                <tr [class.excluded]="d.excluded">
                  <td>{{ d.evaluatorName }}</td>
                  <td>{{ d.vendorName }}</td>
                  <td>{{ d.conflict ? 'Conflict: ' + d.description : 'No conflict' }}</td>
                  <td>{{ d.declaredAt | date: 'd MMM y, HH:mm' }}</td>
                  <td>
                    @if (d.excluded) {
                      <span class="flag">Excluded</span>
                      @if (store.isLead()) {
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="override(d)"
                          [attr.aria-label]="'Let score anyway: ' + d.evaluatorName + ', ' + d.vendorName"
                        >
                          Let score anyway
                        </button>
                      }
                    } @else if (d.overriddenAt) {
                      Allowed by {{ d.overriddenByName }}: {{ d.overrideReason }}
                    } @else {
                      Scores
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      </section>
    } @else if (mine().length > 0) {
      <section class="mine" aria-labelledby="mine-title">
        <h2 id="mine-title">Your declarations</h2>
        <ul>
          @for (d of mine(); track d.id) {
            <li>
              <b>{{ d.vendorName }}</b>:
              @if (!d.conflict) {
                no conflict
              } @else if (d.excluded) {
                conflict ({{ d.description }}) — you are excluded from its candidates
              } @else {
                conflict ({{ d.description }}) — {{ d.overriddenByName }} lets you score: {{ d.overrideReason }}
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    section {
      margin: 0 0 16px;
      padding: 12px 16px;
      border: 1px solid var(--assay-border, #d0d4dc);
      border-radius: 8px;
    }
    .declare {
      border-color: var(--assay-warning, #b26a00);
    }
    h2 {
      font-size: 1.05rem;
      margin: 0 0 8px;
    }
    fieldset {
      border: 0;
      margin: 0 0 8px;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: center;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 4px;
    }
    label {
      display: inline-flex;
      gap: 6px;
      align-items: center;
    }
    .description {
      flex-basis: 100%;
      flex-direction: column;
      align-items: stretch;
    }
    textarea {
      font: inherit;
      width: 100%;
      max-width: 40rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid var(--assay-border, #e3e6eb);
      vertical-align: top;
    }
    .excluded td {
      background: var(--assay-warning-bg, #fff4e5);
    }
    .flag {
      font-weight: 600;
      margin-right: 8px;
    }
    .muted {
      color: var(--assay-muted, #5f6672);
    }
    .field-problem {
      color: var(--assay-error, #b3261e);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    @media (max-width: 600px) {
      table,
      thead,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        left: -9999px;
      }
      tr {
        padding: 8px 0;
        border-bottom: 1px solid var(--assay-border, #e3e6eb);
      }
      td {
        border: 0;
        padding: 2px 0;
      }
    }
  `,
})
export class ConflictsPanelComponent {
  protected readonly store = inject(ScoringStore);
  private readonly dialogs = inject(DialogService);
  private readonly drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly mine = this.store.myDeclarations;
  private readonly empty = computed<Draft>(() => ({ conflict: null, description: '' }));

  protected draft(vendorId: string): Draft {
    return this.drafts().get(vendorId) ?? this.empty();
  }

  protected set(vendorId: string, change: Partial<Draft>): void {
    this.drafts.update((drafts) => new Map(drafts).set(vendorId, { ...this.draft(vendorId), ...change }));
    this.problem.set(null);
  }

  protected async submit(): Promise<void> {
    const vendors = this.store.undeclaredVendors();
    const missing = vendors.filter((v) => this.draft(v.vendorId).conflict === null);
    if (missing.length > 0) {
      this.problem.set(
        `Choose “No conflict” or “Conflict of interest” for ${missing.map((v) => v.vendorName).join(', ')}.`,
      );
      return;
    }
    const unexplained = vendors.filter(
      (v) => this.draft(v.vendorId).conflict && !this.draft(v.vendorId).description.trim(),
    );
    if (unexplained.length > 0) {
      this.problem.set(`Say what the conflict is with ${unexplained.map((v) => v.vendorName).join(', ')}.`);
      return;
    }
    this.problem.set(null);
    this.saving.set(true);
    try {
      await this.store.declare(
        vendors.map((v) => {
          const draft = this.draft(v.vendorId);
          return draft.conflict
            ? { vendorId: v.vendorId, conflict: true, description: draft.description.trim() }
            : { vendorId: v.vendorId, conflict: false };
        }),
      );
      this.dialogs.notify('Declarations saved');
      await this.store.load();
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.saving.set(false);
    }
  }

  protected async override(declaration: Declaration): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: `Let ${declaration.evaluatorName} score ${declaration.vendorName}?`,
      message: `${declaration.evaluatorName} declared: “${declaration.description}”. Their scores of this vendor’s candidates then count in the results. The reason is kept in the evaluation’s record.`,
      confirm: 'Let score anyway',
      text: { label: 'Reason', required: true, field: 'reason', hint: 'Why the conflict does not stand in the way' },
      run: ({ text }) => this.store.override(declaration, text),
    });
    if (outcome === 'done') this.dialogs.notify('The evaluator may score it');
    if (outcome === 'done' || outcome === 'reload') await this.store.load();
  }
}
