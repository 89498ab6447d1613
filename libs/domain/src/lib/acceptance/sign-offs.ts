/**
 * Sign-offs of a candidate's acceptance verdict: who may sign as which role, and the fingerprint of
 * the evidence a sign-off read, so that a later change to that evidence marks the sign-off outdated.
 *
 * - The roles that sign are the evaluation's lead, each department head (for the department they
 *   belong to) and a director. Only a person holding the role in the evaluation signs as it;
 *   administrators do not sign as leads: a signature is a personal act.
 * - The fingerprint is a SHA-256 over a canonical text of what the verdict was computed from and
 *   what it said: the verdict, its reasons (kind, effect and evidence ids), the latest result of
 *   every case (result id, version, status), the recorded verifications (ids), the agreed waivers
 *   (id, state, version), the open defects (id, severity, status) and the criteria. Lists are sorted,
 *   so the order the database returns rows in does not matter.
 */
import { EvaluationRole } from '../roles';
import { AcceptanceCriteria, DEFAULT_ACCEPTANCE_CRITERIA } from './criteria';
import { AcceptanceCaseResult } from './requirement-evidence';
import { AcceptanceInput, AcceptanceResult } from './verdict';

export type SignOffRole = 'lead' | 'department_head' | 'director';
export const SIGN_OFF_ROLES: readonly SignOffRole[] = ['lead', 'department_head', 'director'];

/** A role to sign as: a department head signs for a department. */
export interface SignOffCapacity {
  role: SignOffRole;
  /** The department signed for (department heads only; null otherwise). */
  departmentId: string | null;
}

/**
 * The roles a person may sign as, from the roles they hold in the evaluation and their department:
 * lead, department head (only with a department) and director, in that order.
 */
export function signOffCapacities(held: readonly EvaluationRole[], departmentId: string | null): SignOffCapacity[] {
  const capacities: SignOffCapacity[] = [];
  if (held.includes(EvaluationRole.Lead)) capacities.push({ role: 'lead', departmentId: null });
  if (held.includes(EvaluationRole.DepartmentHead) && departmentId) {
    capacities.push({ role: 'department_head', departmentId });
  }
  if (held.includes(EvaluationRole.Director)) capacities.push({ role: 'director', departmentId: null });
  return capacities;
}

/** Why a person may not sign as `role`, or null when they may. */
export function signOffRoleError(
  role: SignOffRole,
  held: readonly EvaluationRole[],
  departmentId: string | null,
): string | null {
  if (signOffCapacities(held, departmentId).some((c) => c.role === role)) return null;
  if (role === 'department_head' && held.includes(EvaluationRole.DepartmentHead)) {
    return 'A department head signs for their department: you belong to none.';
  }
  const name = role === 'department_head' ? 'a department head' : `a ${role}`;
  return `Only ${name} of this evaluation may sign as ${name}.`;
}

/** A sign-off is outdated when the evidence now gives another fingerprint than the one signed. */
export function isSignOffOutdated(signed: string, current: string | null | undefined): boolean {
  return current !== signed;
}

/** What a fingerprint reads of a verdict's input: the results there are (not the cases' links). */
export type FingerprintInput = Omit<AcceptanceInput, 'requirements' | 'results'> & {
  results: readonly Pick<AcceptanceCaseResult, 'caseId' | 'resultId' | 'version' | 'status'>[];
};

/** The canonical text the fingerprint is taken of (exported for the tests). */
export function acceptanceEvidenceText(
  input: FingerprintInput,
  result: Pick<AcceptanceResult, 'verdict' | 'reasons'>,
): string {
  const sorted = (values: readonly string[]) => [...values].sort();
  const criteria: AcceptanceCriteria = input.criteria ?? DEFAULT_ACCEPTANCE_CRITERIA;
  const text = {
    verdict: result.verdict,
    reasons: result.reasons
      .map((r) => [
        r.kind,
        r.effect,
        sorted(r.requirementIds),
        sorted(r.caseIds),
        sorted(r.defectIds),
        sorted(r.waiverIds),
      ])
      .map((r) => JSON.stringify(r))
      .sort(),
    results: sorted(input.results.map((r) => `${r.caseId}:${r.resultId ?? ''}:${r.version ?? ''}:${r.status ?? ''}`)),
    verifications: sorted(input.verifications.map((v) => `${v.id ?? ''}:${v.requirementId}:${v.outcome}`)),
    waivers: sorted(input.waivers.map((w) => `${w.id}:${w.requirementId}:${w.state}:${w.version ?? ''}`)),
    defects: sorted(input.defects.map((d) => `${d.id}:${d.severity}:${d.status}`)),
    criteria: [
      criteria.mandatoryVerified,
      criteria.passRateThreshold,
      criteria.noOpenCriticalDefects,
      criteria.noOpenMajorDefects,
      criteria.minShouldCoverage,
    ],
  };
  return JSON.stringify(text);
}

/** The fingerprint of the evidence behind a verdict: 64 hex digits (see the file's comment). */
export function acceptanceFingerprint(
  input: FingerprintInput,
  result: Pick<AcceptanceResult, 'verdict' | 'reasons'>,
  hash: (text: string) => string = sha256Hex,
): string {
  return hash(acceptanceEvidenceText(input, result));
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in hex: the same on the server and in the browser. */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(length - 4, bits >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  return [...h].map((x) => x.toString(16).padStart(8, '0')).join('');
}
