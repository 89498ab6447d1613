import {
  NOTIFICATION_KINDS,
  NOTIFICATION_OBJECT_TYPES,
  NOTIFICATION_TITLE_MAX,
  NotificationFacts,
  notificationText,
  unreadNotificationsLabel,
} from './notifications';

const EV = '11111111-1111-4111-8111-111111111111';
const OBJ = '22222222-2222-4222-8222-222222222222';

describe('notificationText', () => {
  // Worked example: the lead of "Library system 2026" proposes to waive REQ-3 for Koha; each
  // director sees "Waiver of REQ-3 for Koha in Library system 2026 waits for your agreement",
  // linking to the evaluation's acceptance page.
  it.each<[Partial<NotificationFacts>, string, string]>([
    [
      { kind: 'waiver_proposed', subject: 'REQ-3 for Koha' },
      'Waiver of REQ-3 for Koha in Library system 2026 waits for your agreement',
      `/evaluations/${EV}/testing/acceptance`,
    ],
    [
      { kind: 'waiver_agreed', subject: 'REQ-3 for Koha' },
      'Your waiver of REQ-3 for Koha in Library system 2026 was agreed',
      `/evaluations/${EV}/testing/acceptance`,
    ],
    [
      { kind: 'waiver_rejected', subject: 'REQ-3 for Koha' },
      'Your waiver of REQ-3 for Koha in Library system 2026 was rejected',
      `/evaluations/${EV}/testing/acceptance`,
    ],
    [
      { kind: 'follow_up_due', subject: 'DEF-12 Login fails' },
      'Retest due: DEF-12 Login fails in Library system 2026 was marked fixed',
      `/evaluations/${EV}/testing/defects/${OBJ}`,
    ],
    [
      { kind: 'scoring_round_opened', subject: 'round 2' },
      'Scoring round 2 opened in Library system 2026: your scores are wanted',
      `/evaluations/${EV}/scoring`,
    ],
    [
      { kind: 'scoring_round_revealed', subject: 'round 2' },
      'Scoring round 2 in Library system 2026 was revealed',
      `/evaluations/${EV}/results`,
    ],
    [
      { kind: 'member_added', subject: 'evaluator' },
      'You were added to Library system 2026 as evaluator',
      `/evaluations/${EV}`,
    ],
    [
      { kind: 'problem_report_resolved', subject: 'DEF-4 Slow search', detail: 'fixed', evaluationId: null },
      'Your problem report DEF-4 Slow search is fixed',
      `/testing/defects/${OBJ}`,
    ],
    [
      { kind: 'recommendation_submitted', subject: 'v2 (Koha)' },
      'Recommendation v2 (Koha) in Library system 2026 waits for your review',
      `/evaluations/${EV}/recommendation`,
    ],
    [
      { kind: 'recommendation_changes_requested', subject: 'v2 (Koha)' },
      'Changes requested to recommendation v2 (Koha) in Library system 2026',
      `/evaluations/${EV}/recommendation`,
    ],
    [
      { kind: 'recommendation_rejected', subject: 'v2 (Koha)' },
      'Recommendation v2 (Koha) in Library system 2026 was rejected',
      `/evaluations/${EV}/recommendation`,
    ],
    [
      { kind: 'decision_recorded', subject: 'Koha selected' },
      'Decision recorded in Library system 2026: Koha selected',
      `/evaluations/${EV}/recommendation`,
    ],
    [
      { kind: 'problem_notice', subject: 'Evergreen', detail: 'Outage on Saturday', evaluationId: null },
      'Notice about Evergreen: Outage on Saturday',
      `/notices/${OBJ}`,
    ],
    [
      { kind: 'sign_off_requested', subject: 'Koha 24.11' },
      'The acceptance verdict of Koha 24.11 in Library system 2026 waits for your sign-off',
      `/evaluations/${EV}/testing/acceptance`,
    ],
  ])('%j reads "%s" and links to %s', (facts, title, link) => {
    const full: NotificationFacts = {
      kind: 'member_added',
      evaluationId: EV,
      evaluationTitle: 'Library system 2026',
      objectId: OBJ,
      subject: '',
      ...facts,
    };
    expect(notificationText(full)).toEqual({ title, link });
  });

  it('leaves the evaluation out when it has no title, and cuts a long title with an ellipsis', () => {
    const base: NotificationFacts = {
      kind: 'waiver_agreed',
      evaluationId: EV,
      evaluationTitle: null,
      objectId: OBJ,
      subject: 'REQ-3 for Koha',
    };
    expect(notificationText(base).title).toBe('Your waiver of REQ-3 for Koha was agreed');
    const long = notificationText({ ...base, subject: 'x'.repeat(400) }).title;
    expect(long).toHaveLength(NOTIFICATION_TITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('names an object type for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) expect(NOTIFICATION_OBJECT_TYPES[kind]).toBeTruthy();
  });
});

describe('unreadNotificationsLabel', () => {
  it.each([
    [0, 'No unread notifications'],
    [1, '1 unread notification'],
    [3, '3 unread notifications'],
  ])('%i → %s', (count, label) => expect(unreadNotificationsLabel(count)).toBe(label));
});
