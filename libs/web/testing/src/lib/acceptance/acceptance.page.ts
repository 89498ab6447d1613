import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { FormDialogResult, SessionStore } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AcceptanceCriteriaFieldsFragment,
  AgreeToWaiverDocument,
  RejectWaiverDocument,
  RequestSignOffsDocument,
  SignAcceptanceDocument,
  SignOffFieldsFragment,
  WaiverFieldsFragment,
  WithdrawSignOffDocument,
  WithdrawWaiverDocument,
} from '../testing-acceptance.generated';
import {
  effectIcon,
  effectLabel,
  passRateSummary,
  requirementStateLabel,
  signOffRoleLabel,
  SignOffRoleName,
  verdictLabel,
  waiverStateLabel,
} from './acceptance-labels';
import { AcceptanceStore, CandidateAcceptanceView } from './acceptance.store';
import { CriteriaDialog } from './criteria.dialog';
import { VerificationDialog, VerificationDialogData } from './verification.dialog';
import { WaiverDialog, WaiverDialogData } from './waiver.dialog';

type Reason = CandidateAcceptanceView['acceptance']['reasons'][number];

/**
 * /evaluations/:id/testing/acceptance — each shortlisted candidate's verdict with every reason
 * linked to its evidence, its waivers (the lead proposes, a director agrees or rejects), recorded
 * verifications and sign-offs; the lead edits the criteria. The server checks every action again.
 */
@Component({
  selector: 'assay-acceptance-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AcceptanceStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './acceptance.page.html',
  styleUrl: './acceptance.page.scss',
})
export class AcceptancePage {
  private readonly apollo = inject(Apollo);
  private readonly dialogs = inject(DialogService);
  private readonly title = inject(Title);
  private readonly session = inject(SessionStore);
  protected readonly store = inject(AcceptanceStore);

  /** From the route: /evaluations/:id/testing/acceptance */
  readonly id = input.required<string>();

  protected readonly verdictLabel = verdictLabel;
  protected readonly effectLabel = effectLabel;
  protected readonly effectIcon = effectIcon;
  protected readonly waiverStateLabel = waiverStateLabel;
  protected readonly signOffRoleLabel = signOffRoleLabel;
  protected readonly passRateSummary = passRateSummary;

  protected readonly evaluation = this.store.evaluation;
  protected readonly me = computed(() => this.session.user()?.id ?? null);
  protected readonly canLead = computed(() => this.evaluation()?.myPermissions.canLead ?? false);
  protected readonly isDirector = computed(() => this.evaluation()?.myRoles.includes('DIRECTOR') ?? false);
  protected readonly canVerify = computed(
    () => this.canLead() || (this.evaluation()?.myRoles.includes('TESTER') ?? false),
  );
  /** Eliminated candidates need no verdict. */
  protected readonly candidates = computed(() =>
    (this.evaluation()?.candidates ?? []).filter((c) => c.state !== 'ELIMINATED'),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const title = this.evaluation()?.title;
      if (title) this.title.setTitle(`Acceptance · ${title} · Assay`);
    });
  }

  protected candidateName(candidate: CandidateAcceptanceView): string {
    return `${candidate.productName} ${candidate.versionName}`;
  }

  protected criteriaSummary(criteria: AcceptanceCriteriaFieldsFragment): string[] {
    const lines: string[] = [];
    if (criteria.mandatoryVerified)
      lines.push('Every mandatory requirement verified (by a passing test or an accepted verification)');
    lines.push(`A pass rate of at least ${criteria.passRateThreshold} %`);
    if (criteria.noOpenCriticalDefects) lines.push('No open critical defect');
    if (criteria.noOpenMajorDefects) lines.push('No open major defect');
    if (criteria.minShouldCoverage !== null && criteria.minShouldCoverage !== undefined) {
      lines.push(`At least ${criteria.minShouldCoverage} % of should-requirements verified`);
    }
    return lines;
  }

  /** The requirements a reason names, with their codes, for links to the requirements page. */
  protected reasonRequirements(candidate: CandidateAcceptanceView, reason: Reason) {
    const byId = new Map(candidate.acceptance.requirements.map((r) => [r.requirementId, r]));
    return reason.requirementIds.map((id) => ({
      id,
      code: byId.get(id)?.code ?? 'Requirement',
      title: byId.get(id)?.title ?? '',
    }));
  }

  /** The cases a reason names, each with the run of its latest result. */
  protected reasonCases(candidate: CandidateAcceptanceView, reason: Reason) {
    const byId = new Map(candidate.acceptance.cases.map((c) => [c.caseId, c]));
    return reason.caseIds.map((id) => byId.get(id)).filter((c) => !!c);
  }

  /** Failed, not verified or uncovered requirements with no proposed or agreed waiver. */
  protected waivable(candidate: CandidateAcceptanceView) {
    const live = new Set(
      candidate.waivers.filter((w) => w.state === 'PROPOSED' || w.state === 'AGREED').map((w) => w.requirementId),
    );
    return candidate.acceptance.requirements
      .filter((r) => r.state !== 'VERIFIED' && !live.has(r.requirementId))
      .map((r) => ({ id: r.requirementId, code: r.code, title: r.title, state: requirementStateLabel(r.state) }));
  }

  protected failingRequirementOf(candidate: CandidateAcceptanceView): string | undefined {
    const failing = candidate.acceptance.reasons.find((r) => r.effect === 'FAILS' && r.requirementIds.length);
    const waivable = new Set(this.waivable(candidate).map((r) => r.id));
    return failing?.requirementIds.find((id) => waivable.has(id));
  }

  protected notTested(candidate: CandidateAcceptanceView) {
    return candidate.acceptance.requirements
      .filter((r) => !r.verifiedByTest)
      .map((r) => ({ id: r.requirementId, code: r.code, title: r.title }));
  }

  protected currentVerifications(candidate: CandidateAcceptanceView) {
    return candidate.verifications.filter((v) => v.current);
  }

  protected mayDecide(waiver: WaiverFieldsFragment): boolean {
    return this.isDirector() && waiver.state === 'PROPOSED' && waiver.proposedById !== this.me();
  }

  protected mayWithdraw(waiver: WaiverFieldsFragment): boolean {
    return (
      (waiver.state === 'PROPOSED' || waiver.state === 'AGREED') &&
      (this.canLead() || waiver.proposedById === this.me())
    );
  }

  /** The roles I may still sign this candidate's verdict as (none signed, or only outdated). */
  protected signable(candidate: CandidateAcceptanceView) {
    const mine = candidate.signOffs.filter((s) => s.signerId === this.me());
    return (this.evaluation()?.mySignOffRoles ?? []).filter(
      (capacity) => !mine.some((s) => s.role === capacity.role && !s.outdated),
    );
  }

  protected async editCriteria(criteria: AcceptanceCriteriaFieldsFragment): Promise<void> {
    const outcome = await this.dialogs.openForm<
      FormDialogResult<AcceptanceCriteriaFieldsFragment>,
      AcceptanceCriteriaFieldsFragment
    >(CriteriaDialog, criteria, '520px');
    if (outcome && 'saved' in outcome)
      this.dialogs.notify('The acceptance criteria are saved; the verdicts follow them.');
    if (outcome) await this.store.load();
  }

  protected async proposeWaiver(candidate: CandidateAcceptanceView): Promise<void> {
    const outcome = await this.dialogs.openForm<FormDialogResult<WaiverFieldsFragment>, WaiverDialogData>(
      WaiverDialog,
      {
        candidateId: candidate.id,
        candidateName: this.candidateName(candidate),
        requirements: this.waivable(candidate),
        requirementId: this.failingRequirementOf(candidate),
      },
      '560px',
    );
    if (outcome && 'saved' in outcome) {
      this.dialogs.notify(`Waiver for ${outcome.saved.requirementCode} proposed: a director must agree to it.`);
    }
    if (outcome) await this.store.load();
  }

  protected async decide(waiver: WaiverFieldsFragment, to: 'agree' | 'reject' | 'withdraw'): Promise<void> {
    const words = {
      agree: { title: `Agree to the waiver for ${waiver.requirementCode}?`, confirm: 'Agree', done: 'agreed to' },
      reject: { title: `Reject the waiver for ${waiver.requirementCode}?`, confirm: 'Reject', done: 'rejected' },
      withdraw: { title: `Withdraw the waiver for ${waiver.requirementCode}?`, confirm: 'Withdraw', done: 'withdrawn' },
    }[to];
    const mutation = { agree: AgreeToWaiverDocument, reject: RejectWaiverDocument, withdraw: WithdrawWaiverDocument }[
      to
    ];
    const outcome = await this.dialogs.confirm({
      title: words.title,
      message: `Rationale: ${waiver.rationale}`,
      text: { label: 'Comment', required: false, field: 'comment' },
      confirm: words.confirm,
      danger: to !== 'agree',
      run: ({ text }) =>
        firstValueFrom(
          this.apollo.mutate({
            mutation,
            variables: { input: { id: waiver.id, version: waiver.version, comment: text.trim() || undefined } },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify(`The waiver for ${waiver.requirementCode} is ${words.done}.`);
    if (outcome) await this.store.load();
  }

  protected async recordVerification(candidate: CandidateAcceptanceView): Promise<void> {
    const outcome = await this.dialogs.openForm<FormDialogResult<{ id: string }>, VerificationDialogData>(
      VerificationDialog,
      {
        candidateId: candidate.id,
        candidateName: this.candidateName(candidate),
        requirements: this.notTested(candidate),
      },
      '560px',
    );
    if (outcome && 'saved' in outcome) this.dialogs.notify('The verification is recorded.');
    if (outcome) await this.store.load();
  }

  protected async sign(
    candidate: CandidateAcceptanceView,
    role: SignOffRoleName,
    departmentName?: string | null,
  ): Promise<void> {
    const as = signOffRoleLabel(role, departmentName);
    const outcome = await this.dialogs.confirm({
      title: `Sign ${this.candidateName(candidate)}’s verdict as ${as}?`,
      message: `You sign the verdict as it stands: ${verdictLabel(candidate.acceptance.verdict).toLowerCase()}. If the evidence changes later, your sign-off is marked outdated.`,
      text: { label: 'Comment', required: false, field: 'comment' },
      confirm: 'Sign',
      run: ({ text }) =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: SignAcceptanceDocument,
            variables: { input: { candidateId: candidate.id, role, comment: text.trim() || undefined } },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify(`Signed as ${as}.`);
    if (outcome) await this.store.load();
  }

  protected async requestSignOffs(candidate: CandidateAcceptanceView): Promise<void> {
    let asked = 0;
    const outcome = await this.dialogs.confirm({
      title: `Ask for sign-offs of ${this.candidateName(candidate)}’s verdict?`,
      message:
        'Every lead, department head and director of the evaluation who has not signed the verdict as it stands gets a notification asking for it.',
      confirm: 'Ask',
      run: async () => {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: RequestSignOffsDocument,
            variables: { input: { candidateId: candidate.id } },
          }),
        );
        asked = result.data?.requestSignOffs ?? 0;
        return result;
      },
    });
    if (outcome === 'done') {
      this.dialogs.notify(
        asked === 0
          ? 'Nobody else owes a sign-off, or everyone who does was already asked.'
          : `${asked} ${asked === 1 ? 'person was' : 'people were'} asked to sign.`,
      );
    }
  }

  protected async withdrawSignOff(signOff: SignOffFieldsFragment): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: 'Withdraw your sign-off?',
      message:
        'The verdict will no longer carry your signature as ' +
        signOffRoleLabel(signOff.role, signOff.departmentName) +
        '.',
      confirm: 'Withdraw',
      danger: true,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({ mutation: WithdrawSignOffDocument, variables: { input: { id: signOff.id } } }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify('Your sign-off is withdrawn.');
    if (outcome) await this.store.load();
  }
}
