import { createHash } from 'node:crypto';
import { EvaluationRole } from '../roles';
import { DEFAULT_ACCEPTANCE_CRITERIA } from './criteria';
import { acceptanceFingerprint, isSignOffOutdated, sha256Hex, signOffCapacities, signOffRoleError } from './sign-offs';
import { AcceptanceInput, acceptanceVerdict } from './verdict';

const { Lead, DepartmentHead, Director, Tester } = EvaluationRole;

describe('sha256Hex', () => {
  // The test vectors of FIPS 180-4 (NIST's "SHA256.pdf" examples) and the empty string.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes %j as the standard says', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it('hashes text beyond ASCII by its UTF-8 bytes', () => {
    // "é" is two bytes (c3 a9); the same digest as `printf 'é' | sha256sum`.
    expect(sha256Hex('é')).toBe(sha256Hex('\u00e9'));
    expect(sha256Hex('é')).not.toBe(sha256Hex('e'));
  });
});

describe('who signs as which role', () => {
  it.each([
    { held: [Lead], department: null, capacities: [{ role: 'lead', departmentId: null }] },
    { held: [DepartmentHead], department: 'CIRC', capacities: [{ role: 'department_head', departmentId: 'CIRC' }] },
    { held: [DepartmentHead], department: null, capacities: [] },
    {
      held: [Director, Lead],
      department: 'IT',
      capacities: [
        { role: 'lead', departmentId: null },
        { role: 'director', departmentId: null },
      ],
    },
    { held: [Tester], department: 'IT', capacities: [] },
  ])('$held with department $department signs as $capacities', ({ held, department, capacities }) => {
    expect(signOffCapacities(held, department)).toEqual(capacities);
  });

  it('says why someone may not sign as a role', () => {
    expect(signOffRoleError('lead', [Lead], null)).toBeNull();
    expect(signOffRoleError('director', [Lead], null)).toBe(
      'Only a director of this evaluation may sign as a director.',
    );
    expect(signOffRoleError('department_head', [Tester], 'IT')).toBe(
      'Only a department head of this evaluation may sign as a department head.',
    );
    expect(signOffRoleError('department_head', [DepartmentHead], null)).toBe(
      'A department head signs for their department: you belong to none.',
    );
  });
});

/*
 * Worked example: one mandatory requirement R1 tested by case C1 (result X1, version 2, passed) and
 * case C2 (result X2, version 1, passed): pass rate 2 ÷ 2 = 100 %, R1 verified, ACCEPTED. A sign-off
 * taken now stays current while nothing changes, whatever order the rows come in; it is outdated
 * once X2 is recorded again (version 2, even as passed), once X2 fails (NOT_ACCEPTED), once a
 * waiver is agreed, a verification recorded, a defect opened or the criteria change.
 */
function example(): AcceptanceInput {
  return {
    requirements: [{ id: 'R1', code: 'CIRC-001', priority: 'must', mandatory: false, verificationMethod: 'test' }],
    results: [
      { caseId: 'C1', resultId: 'X1', version: 2, status: 'passed', requirementIds: ['R1'] },
      { caseId: 'C2', resultId: 'X2', version: 1, status: 'passed', requirementIds: ['R1'] },
    ],
    verifications: [],
    defects: [],
    waivers: [],
    criteria: { ...DEFAULT_ACCEPTANCE_CRITERIA },
  };
}
const fingerprint = (input: AcceptanceInput) => acceptanceFingerprint(input, acceptanceVerdict(input));

describe('acceptanceFingerprint', () => {
  const signed = fingerprint(example());

  it('is the same digest with a platform SHA-256 (the server hashes with Node crypto)', () => {
    const input = example();
    const nodeHash = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(acceptanceFingerprint(input, acceptanceVerdict(input), nodeHash)).toBe(signed);
  });

  it('does not read which requirements a result’s case is linked to (only the results there are)', () => {
    const input = example();
    const unlinked = { ...input, results: input.results.map((r) => ({ ...r, requirementIds: [] })) };
    expect(acceptanceFingerprint(unlinked, acceptanceVerdict(input))).toBe(signed);
  });

  it('is 64 hex digits and the same for the same evidence in any order', () => {
    expect(signed).toMatch(/^[0-9a-f]{64}$/);
    const reordered = example();
    reordered.results = [...reordered.results].reverse();
    expect(fingerprint(reordered)).toBe(signed);
    expect(isSignOffOutdated(signed, fingerprint(reordered))).toBe(false);
  });

  it.each<[string, (input: AcceptanceInput) => void]>([
    ['a result recorded again with the same status', (i) => (i.results[1] = { ...i.results[1], version: 2 })],
    ['a result that now fails', (i) => (i.results[1] = { ...i.results[1], status: 'failed', version: 2 })],
    [
      'a newer result of a case in another run',
      (i) => (i.results[0] = { ...i.results[0], resultId: 'X3', version: 1 }),
    ],
    [
      'a new case run',
      (i) => i.results.push({ caseId: 'C3', resultId: 'X4', version: 1, status: 'passed', requirementIds: [] }),
    ],
    [
      'a recorded verification',
      (i) => i.verifications.push({ id: 'V1', requirementId: 'R1', outcome: 'accepted', recordedAt: '2026-01-01' }),
    ],
    ['an agreed waiver', (i) => i.waivers.push({ id: 'W1', requirementId: 'R1', state: 'agreed', version: 2 })],
    ['an open minor defect', (i) => i.defects.push({ id: 'D1', severity: 'minor', status: 'open' })],
    ['a changed threshold', (i) => (i.criteria = { ...DEFAULT_ACCEPTANCE_CRITERIA, passRateThreshold: 90 })],
  ])('changes with %s, which marks a sign-off outdated', (_, change) => {
    const input = example();
    change(input);
    expect(isSignOffOutdated(signed, fingerprint(input))).toBe(true);
  });
});
