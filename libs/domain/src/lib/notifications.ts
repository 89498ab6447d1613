/**
 * In-app notifications: what waits for a person. Each kind names the object it is about and builds
 * its own title and link, so adding a kind is one entry in NOTIFICATION_KINDS and one in each table
 * below (the compiler asks for the rest); the database's CHECK lists the same kinds.
 */
export const NOTIFICATION_KINDS = [
  'waiver_proposed',
  'waiver_agreed',
  'waiver_rejected',
  'follow_up_due',
  'scoring_round_opened',
  'scoring_round_revealed',
  'member_added',
  'problem_report_resolved',
  'recommendation_submitted',
  'recommendation_changes_requested',
  'recommendation_rejected',
  'decision_recorded',
  'problem_notice',
  'sign_off_requested',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kind of object a notification is about: what `objectId` names. */
export type NotificationObjectType =
  'waiver' | 'defect' | 'scoring_round' | 'evaluation' | 'recommendation' | 'decision' | 'problem_notice' | 'candidate';

export const NOTIFICATION_OBJECT_TYPES: Readonly<Record<NotificationKind, NotificationObjectType>> = {
  waiver_proposed: 'waiver',
  waiver_agreed: 'waiver',
  waiver_rejected: 'waiver',
  follow_up_due: 'defect',
  scoring_round_opened: 'scoring_round',
  scoring_round_revealed: 'scoring_round',
  member_added: 'evaluation',
  problem_report_resolved: 'defect',
  recommendation_submitted: 'recommendation',
  recommendation_changes_requested: 'recommendation',
  recommendation_rejected: 'recommendation',
  decision_recorded: 'decision',
  problem_notice: 'problem_notice',
  sign_off_requested: 'candidate',
};

/** The longest title kept; a longer one is cut with an ellipsis. */
export const NOTIFICATION_TITLE_MAX = 200;

export interface NotificationFacts {
  kind: NotificationKind;
  /** The evaluation it happened in; null for a product in use (a staff problem report). */
  evaluationId: string | null;
  /** The evaluation's title, named in the text where it helps. */
  evaluationTitle: string | null;
  objectId: string;
  /**
   * What the title names, per kind: the waived requirement and candidate ("REQ-3 for Koha"), the
   * defect ("DEF-12 Login fails"), the round ("round 2"), the role ("evaluator") for member_added.
   */
  subject: string;
  /** A further word where the kind needs one: the new status of a resolved problem report ("fixed"). */
  detail?: string;
}

export interface NotificationText {
  title: string;
  /** The path in the web app that shows the object. */
  link: string;
}

type Builder = (facts: NotificationFacts, inEvaluation: string) => string;

const TITLES: Readonly<Record<NotificationKind, Builder>> = {
  waiver_proposed: (f, inEv) => `Waiver of ${f.subject}${inEv} waits for your agreement`,
  waiver_agreed: (f, inEv) => `Your waiver of ${f.subject}${inEv} was agreed`,
  waiver_rejected: (f, inEv) => `Your waiver of ${f.subject}${inEv} was rejected`,
  follow_up_due: (f, inEv) => `Retest due: ${f.subject}${inEv} was marked fixed`,
  scoring_round_opened: (f, inEv) => `Scoring ${f.subject} opened${inEv}: your scores are wanted`,
  scoring_round_revealed: (f, inEv) => `Scoring ${f.subject}${inEv} was revealed`,
  member_added: (f) => `You were added to ${f.evaluationTitle?.trim() || 'an evaluation'} as ${f.subject}`,
  problem_report_resolved: (f) => `Your problem report ${f.subject} is ${f.detail ?? 'resolved'}`,
  recommendation_submitted: (f, inEv) => `Recommendation ${f.subject}${inEv} waits for your review`,
  recommendation_changes_requested: (f, inEv) => `Changes requested to recommendation ${f.subject}${inEv}`,
  recommendation_rejected: (f, inEv) => `Recommendation ${f.subject}${inEv} was rejected`,
  decision_recorded: (f, inEv) => `Decision recorded${inEv}: ${f.subject}`,
  problem_notice: (f) => `Notice about ${f.subject}: ${f.detail ?? 'a problem'}`,
  sign_off_requested: (f, inEv) => `The acceptance verdict of ${f.subject}${inEv} waits for your sign-off`,
};

const LINKS: Readonly<Record<NotificationKind, (evaluation: string, objectId: string) => string>> = {
  waiver_proposed: (e) => `/evaluations/${e}/testing/acceptance`,
  waiver_agreed: (e) => `/evaluations/${e}/testing/acceptance`,
  waiver_rejected: (e) => `/evaluations/${e}/testing/acceptance`,
  follow_up_due: (e, id) => `/evaluations/${e}/testing/defects/${id}`,
  scoring_round_opened: (e) => `/evaluations/${e}/scoring`,
  scoring_round_revealed: (e) => `/evaluations/${e}/results`,
  member_added: (e) => `/evaluations/${e}`,
  problem_report_resolved: (_e, id) => `/testing/defects/${id}`,
  recommendation_submitted: (e) => `/evaluations/${e}/recommendation`,
  recommendation_changes_requested: (e) => `/evaluations/${e}/recommendation`,
  recommendation_rejected: (e) => `/evaluations/${e}/recommendation`,
  decision_recorded: (e) => `/evaluations/${e}/recommendation`,
  problem_notice: (_e, id) => `/notices/${id}`,
  sign_off_requested: (e) => `/evaluations/${e}/testing/acceptance`,
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The title and link of a notification, from what it is about. */
export function notificationText(facts: NotificationFacts): NotificationText {
  const evaluationTitle = facts.evaluationTitle?.trim();
  const inEvaluation = evaluationTitle ? ` in ${evaluationTitle}` : '';
  const title = TITLES[facts.kind](facts, inEvaluation).replace(/\s+/g, ' ').trim();
  const cut =
    title.length > NOTIFICATION_TITLE_MAX ? `${title.slice(0, NOTIFICATION_TITLE_MAX - 1).trimEnd()}…` : title;
  const link = LINKS[facts.kind](encodeURIComponent(facts.evaluationId ?? ''), encodeURIComponent(facts.objectId));
  return { title: cut, link };
}

/** What the badge says to a screen reader: "3 unread notifications", "1 unread notification", "No unread notifications". */
export function unreadNotificationsLabel(count: number): string {
  if (count <= 0) return 'No unread notifications';
  return `${count} unread notification${count === 1 ? '' : 's'}`;
}
