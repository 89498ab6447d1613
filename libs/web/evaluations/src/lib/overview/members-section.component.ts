import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { EvaluationRole } from '@assay/web/core';
import { AddEvaluationMemberDocument, RemoveEvaluationMemberDocument } from '../evaluations.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { EVALUATION_ROLE, keysOf } from '../evaluation-labels';
import { EvaluationActions } from '../shared/evaluation-actions.service';
import { AddMemberDialog, AddMemberDialogData } from './add-member.dialog';
import { EvaluationStore, MemberData } from './evaluation.store';

/** Who takes part and in which roles; leads add and remove roles, administrators also add new people. */
@Component({
  selector: 'assay-members-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="card" aria-labelledby="members-heading">
        <div class="section-head">
          <h2 id="members-heading">Members ({{ evaluation.members.length }})</h2>
          @if (store.canLead()) {
            <button mat-stroked-button type="button" (click)="addPerson()">
              <mat-icon>person_add</mat-icon> Add person
            </button>
          }
        </div>
        <ul class="members" aria-label="Members and their roles">
          @for (member of evaluation.members; track member.userId) {
            <li>
              <div class="who">
                <span class="avatar" aria-hidden="true">{{ initials(member.displayName) }}</span>
                <div class="names">
                  <span class="name">{{ member.displayName }}</span>
                  <span class="email">{{ member.email }}</span>
                </div>
              </div>
              <div class="member-roles">
                <ul class="roles" [attr.aria-label]="'Roles of ' + member.displayName">
                  @for (role of member.roles; track role) {
                    <li class="role">
                      {{ roleLabel[role] }}
                      @if (store.canLead()) {
                        <button
                          type="button"
                          class="remove"
                          (click)="remove(member, role)"
                          [attr.aria-label]="'Remove ' + member.displayName + ' as ' + roleLabel[role]"
                        >
                          <mat-icon>close</mat-icon>
                        </button>
                      }
                    </li>
                  }
                </ul>
                @if (store.canLead() && missingRoles(member).length > 0) {
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="roleMenu"
                    [attr.aria-label]="'Give ' + member.displayName + ' another role'"
                  >
                    <mat-icon>add_circle_outline</mat-icon>
                  </button>
                  <mat-menu #roleMenu="matMenu" xPosition="before">
                    @for (role of missingRoles(member); track role) {
                      <button mat-menu-item type="button" (click)="addRole(member, role)">{{ roleLabel[role] }}</button>
                    }
                  </mat-menu>
                }
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .members {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .members > li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .members > li:last-child {
      border-bottom: none;
    }
    .who {
      display: flex;
      gap: 10px;
      align-items: center;
      flex: 1 1 220px;
      min-width: 0;
    }
    .avatar {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-size: 12px;
      font-weight: 500;
    }
    .names {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .email {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .member-roles {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .roles {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .role {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      font-size: 13px;
      line-height: 24px;
      padding: 0 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    .remove {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      border: none;
      background: transparent;
      cursor: pointer;
      padding: 0;
      margin-right: -4px;
      width: 20px;
      height: 20px;
      border-radius: 50%;
      color: var(--mat-sys-on-surface-variant);
    }
    .remove:hover {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-error);
    }
    .remove mat-icon {
      font-size: 16px;
      width: 16px;
      height: 16px;
    }
  `,
})
export class MembersSectionComponent {
  private readonly apollo = inject(Apollo);
  private readonly actions = inject(EvaluationActions);
  protected readonly store = inject(EvaluationStore);
  protected readonly roleLabel = EVALUATION_ROLE;
  private readonly roles = keysOf(EVALUATION_ROLE);
  private readonly memberIds = computed(() => new Set(this.store.evaluation()?.members.map((m) => m.userId) ?? []));

  protected initials(name: string): string {
    return name
      .replace(/\(.*\)/, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('');
  }

  protected missingRoles(member: MemberData): EvaluationRole[] {
    return this.roles.filter((role) => !member.roles.includes(role));
  }

  protected addRole(member: MemberData, role: EvaluationRole): Promise<void> {
    const evaluationId = this.store.id();
    if (!evaluationId) return Promise.resolve();
    return this.store.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: AddEvaluationMemberDocument,
            variables: { input: { evaluationId, userId: member.userId, role } },
          }),
        ),
      `${member.displayName} is now also ${EVALUATION_ROLE[role].toLowerCase()}.`,
    );
  }

  protected remove(member: MemberData, role: EvaluationRole): Promise<void> {
    const evaluationId = this.store.id();
    if (!evaluationId) return Promise.resolve();
    const last = member.roles.length === 1;
    return this.store.act(
      {
        title: `Remove ${member.displayName} as ${EVALUATION_ROLE[role].toLowerCase()}?`,
        message: last
          ? `${member.displayName} leaves the evaluation: it is their only role here.`
          : `${member.displayName} keeps their other roles.`,
        confirm: 'Remove',
        danger: true,
        run: () =>
          firstValueFrom(
            this.apollo.mutate({
              mutation: RemoveEvaluationMemberDocument,
              variables: { input: { evaluationId, userId: member.userId, role } },
            }),
          ),
      },
      `${member.displayName} is no longer ${EVALUATION_ROLE[role].toLowerCase()}.`,
    );
  }

  protected async addPerson(): Promise<void> {
    const evaluationId = this.store.id();
    if (!evaluationId) return;
    const result = await this.actions.openForm<string, AddMemberDialogData>(
      AddMemberDialog,
      { evaluationId, memberIds: this.memberIds() },
      '520px',
    );
    if (result && 'saved' in result) this.actions.notify(result.saved);
    if (result) await this.store.changed();
  }
}
