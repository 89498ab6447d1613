import { type RecommendationSnapshot, snapshotDiff, type SnapshotChange, type SnapshotValue } from '@assay/domain';
import type { ReviewTarget } from '../evidence/evidence-format';

/**
 * "What changed since version n−1", as a director reads it: each change of `snapshotDiff` with a
 * path in words ("Ranking › Alma Cloud › Total" rather than `evidence.ranking.candidates[id=…].total`),
 * the part of the page it belongs to, and the values before and after. Bookkeeping that changes
 * with every submission (the version number, when the evidence was assembled) is left out.
 */
export interface ChangeLine {
  /** The evidence section (or the text) the change belongs to, for a link to it. */
  section: ReviewTarget | null;
  label: string;
  kind: SnapshotChange['kind'];
  before: string;
  after: string;
}

/** Paths whose changes say nothing to a reader. */
const IGNORED = [
  /^version$/,
  /^evidence\.assembledAt$/,
  /^evidence\.schemaVersion$/,
  /^evidence\.ranking\.roundId$/,
  /^text\.candidateId$/, // `candidateName` says the same in words
];

const KEY_LABELS: Record<string, string | null> = {
  candidateName: 'Recommended candidate',
  text: null,
  evidence: null,
  noneReason: 'Why none of them',
  rationale: 'Rationale',
  risks: 'Risks',
  risk: 'Risk',
  mitigation: 'Mitigation',
  conditions: 'Conditions',
  costNotes: 'Cost notes',
  evaluation: 'Evaluation',
  title: 'Title',
  currency: 'Currency',
  costYears: 'Years of cost',
  rubric: 'Rubric',
  name: 'Name',
  parentId: 'Parent',
  localWeight: 'Weight in its parent',
  globalWeight: 'Weight',
  ranking: 'Ranking',
  roundNumber: 'Round',
  winnerId: 'Winner',
  candidates: null,
  rank: 'Rank',
  total: 'Total',
  completeness: 'Completeness',
  knockedOut: 'Knocked out',
  knockouts: 'Knockouts',
  tiePoints: 'Tie points',
  criterion: 'Criterion',
  weight: 'Weight',
  tieWeight: 'Tie weight',
  change: 'Change needed',
  stability: 'Stability of the winner',
  stable: 'Holds',
  consensusCount: 'Consensus scores',
  winnerWithoutConsensusId: 'Winner without consensus overrides',
  holdsWithoutConsensus: 'Holds without consensus overrides',
  agreement: 'Agreement',
  alpha: 'α',
  kendallW: 'Kendall’s W',
  kendallP: 'p',
  lowAgreement: 'Low-agreement criteria',
  acceptance: 'Acceptance',
  verdict: 'Verdict',
  reasons: 'Reasons',
  passRate: 'Pass rate',
  passed: 'Passed',
  failed: 'Failed',
  waivers: 'Waivers',
  requirement: 'Requirement',
  agreedBy: 'Agreed by',
  agreedAt: 'Agreed on',
  signOffs: 'Sign-offs',
  role: 'Role',
  by: 'By',
  at: 'On',
  comment: 'Comment',
  defects: 'Open defects',
  open: null,
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  trivial: 'Trivial',
  contradictedClaims: 'Contradicted vendor claims',
  candidate: 'Candidate',
  claim: 'Claim',
  disagreement: 'Disagreement',
  referenceChecks: 'Reference checks',
  library: 'Library',
  checkedOn: 'Checked on',
  rating: 'Rating',
  summary: 'Summary',
  trainingNeeds: 'Training needs',
  department: 'Department',
  topic: 'Topic',
  people: 'People',
  hoursPerPerson: 'Hours per person',
  costs: 'Total cost of ownership',
  scorePerTenThousand: 'Score per 10,000',
  conflicts: 'Conflicts of interest',
  evaluator: 'Evaluator',
  vendor: 'Vendor',
  conflict: 'Conflict',
  description: 'Description',
  declaredAt: 'Declared on',
  override: 'Allowed to score',
  reason: 'Reason',
};

const SECTIONS: readonly ReviewTarget[] = [
  'ranking',
  'acceptance',
  'defects',
  'contradictedClaims',
  'referenceChecks',
  'trainingNeeds',
  'costs',
  'conflicts',
];

/** Keys whose value is a candidate's id, shown as its name. */
const CANDIDATE_ID_KEYS = new Set(['winnerId', 'winnerWithoutConsensusId', 'candidateId']);

type Json = { [key: string]: SnapshotValue };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names of the things the snapshots list by id: candidates, criteria, risks, waivers, claims, checks… */
export function snapshotNames(...snapshots: (RecommendationSnapshot | null)[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (id: string | undefined, name: string | undefined | null) => {
    if (id && name) names.set(id, name);
  };
  for (const s of snapshots) {
    if (!s) continue;
    const e = s.evidence;
    for (const r of s.text?.risks ?? []) add(r.id, `“${truncate(r.risk, 40)}”`);
    for (const c of e.rubric ?? []) add(c.id, c.name);
    for (const t of e.ranking?.tiePoints ?? []) add(t.id, t.criterion);
    for (const l of e.ranking?.agreement.lowAgreement ?? []) add(l.id, l.criterion);
    for (const a of e.acceptance ?? []) {
      for (const w of a.waivers) add(w.id, `${w.requirement}`);
      for (const o of a.signOffs) add(o.id, `${o.role}, ${o.by}`);
    }
    for (const c of e.contradictedClaims ?? []) add(c.id, `${c.candidate}: ${c.requirement}`);
    for (const r of e.referenceChecks ?? []) add(r.id, `${r.candidate}, ${r.library}`);
    for (const t of e.trainingNeeds ?? []) add(t.id, `${t.candidate}: ${t.topic} (${t.department})`);
    for (const d of e.conflicts ?? []) add(d.id, `${d.evaluator}, ${d.vendor}`);
    // Candidates last: their ids may be reused as keys of several lists, always with their name.
    for (const list of [e.ranking?.candidates ?? [], e.acceptance ?? [], e.defects ?? [], e.costs ?? []]) {
      for (const item of list) add(item.id, item.name);
    }
  }
  return names;
}

/** The changes between two versions' snapshots, in words; an empty list when nothing a reader cares about changed. */
export function snapshotChanges(
  previous: RecommendationSnapshot | null,
  current: RecommendationSnapshot | null,
): ChangeLine[] {
  if (!previous || !current) return [];
  const names = snapshotNames(previous, current);
  const before = previous as unknown as SnapshotValue;
  const after = current as unknown as SnapshotValue;
  return snapshotDiff(before, after)
    .filter((change) => !IGNORED.some((pattern) => pattern.test(change.path)))
    .map((change) => {
      const segments = parsePath(change.path);
      const lastKey = [...segments].reverse().find((s) => s.kind === 'key')?.name ?? '';
      const value = (v: SnapshotValue | undefined) =>
        v === undefined ? '' : formatValue(v, CANDIDATE_ID_KEYS.has(lastKey) ? names : null, names);
      return {
        section: sectionOf(segments),
        label: pathLabel(segments, names, change.kind === 'removed' ? before : after),
        kind: change.kind,
        before: value(change.before),
        after: value(change.after),
      };
    });
}

type Segment = { kind: 'key'; name: string } | { kind: 'id'; id: string } | { kind: 'index'; index: number };

/** `evidence.ranking.candidates[id=c1].total` → key, key, key, id, key. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /([^.[\]]+)|\[id=([^\]]*)\]|\[(\d+)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push({ kind: 'key', name: match[1] });
    else if (match[2] !== undefined) segments.push({ kind: 'id', id: match[2] });
    else segments.push({ kind: 'index', index: Number(match[3]) });
  }
  return segments;
}

function sectionOf(segments: Segment[]): ReviewTarget | null {
  const [first, second] = segments;
  if (first?.kind !== 'key') return null;
  if (first.name === 'text' || first.name === 'candidateName') return 'text';
  if (first.name === 'evidence' && second?.kind === 'key' && SECTIONS.includes(second.name as ReviewTarget)) {
    return second.name as ReviewTarget;
  }
  return null;
}

/** The path in words, walking `root` alongside it so a list position can be named by what it holds. */
export function pathLabel(segments: Segment[], names: Map<string, string>, root?: SnapshotValue): string {
  const words: string[] = [];
  let node: SnapshotValue | undefined = root;
  let parentKey = '';
  for (const segment of segments) {
    if (segment.kind === 'key') {
      const label = segment.name in KEY_LABELS ? KEY_LABELS[segment.name] : humanise(segment.name);
      if (label) words.push(label);
      parentKey = segment.name;
      node = isObject(node) ? node[segment.name] : undefined;
    } else if (segment.kind === 'id') {
      words.push(names.get(segment.id) ?? segment.id);
      node = Array.isArray(node) ? node.find((item) => isObject(item) && String(item['id']) === segment.id) : undefined;
    } else {
      const item: SnapshotValue | undefined = Array.isArray(node) ? node[segment.index] : undefined;
      if (parentKey === 'stability' && isObject(item) && typeof item['change'] === 'number') {
        words.push(`±${Math.round(item['change'] * 100)} %`);
      } else {
        words.push(`item ${segment.index + 1}`);
      }
      node = item;
    }
  }
  return words.join(' › ') || 'Recommendation';
}

/** A value as a reader sees it: ids of candidates by name, numbers rounded, lists joined. */
export function formatValue(
  value: SnapshotValue,
  idNames: Map<string, string> | null,
  names: Map<string, string> = new Map(),
): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  if (typeof value === 'string') return idNames?.get(value) ?? truncate(value, 200);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, idNames, names)).join(', ') || '(none)';
  if (typeof value['risk'] === 'string') return `${value['risk']} (mitigation: ${value['mitigation'] || '—'})`;
  if (typeof value['name'] === 'string') return value['name'];
  const id = typeof value['id'] === 'string' ? value['id'] : null;
  if (id && names.has(id)) return names.get(id) as string;
  return Object.entries(value)
    .filter(([key]) => key !== 'id')
    .map(([key, v]) => `${KEY_LABELS[key] ?? humanise(key)}: ${formatValue(v, idNames, names)}`)
    .join('; ');
}

function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
