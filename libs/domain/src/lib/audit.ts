/**
 * The audit trail's vocabulary, shared by the API (which writes it) and the web app (which shows
 * it): what kinds of object have a history, what can happen to them, and how a person reads it.
 */

/** Every kind of object the audit trail records, as stored in `audit_event.object_type`. */
export const AUDIT_OBJECT_TYPES = [
  'vendor',
  'product',
  'product_version',
  'vendor_contact',
  'research_note',
  'reference_check',
  'reference_question',
  'member_library',
  'department',
  'user',
  'api_token',
  'evaluation',
  'candidate',
  'requirement',
  'training_need',
  'cost_item',
  'rubric_version',
  'scoring_round',
  'score',
  'test_plan',
  'test_case',
  'test_run',
  'test_result',
  'acceptance_criteria',
  'requirement_verification',
  'waiver',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

/**
 * Every action the audit trail records, as stored in `audit_event.action`, with how a history
 * reads it after the person's name. `{it}` stands for the object where a sentence names it
 * ("Ada created it"); a history that lists one object's own entries leaves it out ("Ada created").
 */
export const AUDIT_ACTION_LABELS = {
  created: 'created {it}',
  created_as_demo: 'created {it} as demo data',
  updated: 'changed {it}',
  deleted: 'deleted {it}',
  archived: 'archived {it}',
  restored: 'restored {it}',
  imported: 'imported {it}',
  decided: 'decided',
  status_changed: 'moved {it} to another step',
  state_changed: 'changed the state',
  shortlisted: 'shortlisted {it}',
  member_added: 'added a member',
  member_removed: 'removed a member',
  cost_settings_changed: 'changed the cost settings',
  attachment_added: 'added an attachment',
  attachment_deleted: 'deleted an attachment',
  admin_created_at_first_start: 'created {it} at first start',
  password_changed: 'changed the password',
  password_reset: 'reset the password',
  signed_out_everywhere: 'signed out everywhere',
  revoked: 'revoked {it}',
  new_version: 'started a new version',
  criterion_added: 'added a criterion',
  criterion_updated: 'changed a criterion',
  criterion_removed: 'removed a criterion',
  weights_by_ahp: 'set the weights by pairwise comparison',
  generated_from_requirements: 'generated the criteria from the requirements',
  opened: 'opened {it}',
  revealed: 'revealed {it}',
  closed_unrevealed: 'closed {it} without revealing it',
  consensus_set: 'set a consensus score',
  changed_after_reveal: 'changed {it} after the reveal',
  copied: 'copied {it}',
  closed: 'closed {it}',
  result_recorded: 'recorded a result',
  results_imported: 'imported test results into {it}',
  members_set: 'changed the people named',
  verification_recorded: 'recorded a verification',
  proposed: 'proposed {it}',
  agreed: 'agreed to {it}',
  rejected: 'rejected {it}',
  withdrawn: 'withdrew {it}',
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** What each audited field is called on screen. */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  code: 'Code',
  website: 'Website',
  headquarters: 'Headquarters',
  companyNotes: 'Company notes',
  supportModel: 'Support model',
  status: 'Status',
  category: 'Category',
  licence: 'Licence',
  hosting: 'Hosting',
  description: 'Description',
  releaseDate: 'Release date',
  notes: 'Notes',
  role: 'Role',
  email: 'E-mail',
  phone: 'Phone',
  productId: 'Product',
  vendorId: 'Vendor',
  departmentId: 'Department',
  title: 'Title',
  body: 'Text',
  observedOn: 'Observed on',
  sourceType: 'Source type',
  sourceUrl: 'Source link',
  sourceTitle: 'Source title',
  tags: 'Tags',
  confidence: 'Confidence',
  libraryName: 'Library',
  contactName: 'Contact',
  contactEmail: 'Contact e-mail',
  checkedOn: 'Checked on',
  rating: 'Rating',
  summary: 'Summary',
  answers: 'Answers',
  text: 'Question',
  position: 'Position',
  active: 'Active',
  priority: 'Priority',
  mandatory: 'Mandatory',
  verificationMethod: 'Verification method',
  rationale: 'Rationale',
  decisionComment: 'Decision comment',
  scope: 'Scope',
  entryCriteria: 'Entry criteria',
  exitCriteria: 'Exit criteria',
  ownerId: 'Owner',
  keyPrefix: 'Key prefix',
  currentVersionId: 'Current version',
  targetVersionId: 'Target version',
  section: 'Section',
  automationName: 'Automated test name',
  preconditions: 'Preconditions',
  steps: 'Steps',
  requirementIds: 'Requirements',
  caseVersion: 'Case version',
  environment: 'Environment',
  buildLabel: 'Build',
  testerIds: 'Testers',
  memberIds: 'People',
  actualResult: 'Actual result',
  stepResults: 'Step results',
  durationSeconds: 'Duration',
  expiresAt: 'Expires',
  total: 'Tests in the file',
  matched: 'Tests matched to cases',
  unmatched: 'Tests matched to no case',
  resultsWritten: 'Results written',
  createdCases: 'Cases created',
  mandatoryVerified: 'Every mandatory requirement verified',
  passRateThreshold: 'Pass rate threshold',
  noOpenCriticalDefects: 'No open critical defects',
  noOpenMajorDefects: 'No open major defects',
  minShouldCoverage: 'Minimum coverage of should-requirements',
  outcome: 'Outcome',
  note: 'Note',
  state: 'State',
  candidateId: 'Candidate',
  requirementId: 'Requirement',
};

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTION_LABELS, action);

/**
 * An action as a history reads it after the person's name. `object` names the object where the
 * sentence needs it ("it"); without it the sentence stops at the verb. An action this list does
 * not know (written by a newer server) reads as its words.
 */
export function auditActionLabel(action: string, object?: string): string {
  if (!isAuditAction(action)) return action.replace(/_/g, ' ');
  return AUDIT_ACTION_LABELS[action].replace(' {it}', object ? ` ${object}` : '');
}

/** A field's label; one this list does not know reads as its words ("eliminatedReason" → "Eliminated Reason"). */
export function auditFieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}
