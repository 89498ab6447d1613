import { WaiverState } from './vocabulary';

export interface AcceptanceWaiver {
  id: string;
  requirementId: string;
  state: WaiverState;
  /** Its version, when known (read by a sign-off's fingerprint). */
  version?: number;
}

/** What the agreement rule reads of a waiver. */
export interface WaiverForAgreement {
  state: WaiverState;
  /** Who proposed it. */
  proposedBy: string | null;
}

/**
 * Why a person may not agree to a waiver, or null when they may: only a director agrees, only to a
 * proposed waiver, and never to one they proposed themselves (a lead who is also a director needs
 * another director), so every waiver has two people behind it.
 */
export function waiverAgreementError(
  actorId: string,
  waiver: WaiverForAgreement,
  actorIsDirector: boolean,
): string | null {
  if (!actorIsDirector) return 'Only a director may agree to a waiver.';
  if (waiver.proposedBy !== null && waiver.proposedBy === actorId) {
    return 'You proposed this waiver: another director must agree to it.';
  }
  if (waiver.state === 'agreed') return 'This waiver is already agreed.';
  if (waiver.state !== 'proposed') return `This waiver was ${waiver.state}; only a proposed waiver can be agreed to.`;
  return null;
}

export function canAgreeToWaiver(actorId: string, waiver: WaiverForAgreement, actorIsDirector: boolean): boolean {
  return waiverAgreementError(actorId, waiver, actorIsDirector) === null;
}
