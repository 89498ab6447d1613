import { DefectSeverityValue, DefectStatusValue, VendorClaimLevelValue } from '@assay/api/data';

/**
 * What the demo vendors claimed where it differs from the panel's usual score (DEMO_SCORES, read
 * as 3 = out of the box, 2 = configuration, 1 = customisation, 0 = not met), by product and
 * requirement code. Two claims of compliance are contradicted by the acceptance tests (Koha's SIP2
 * self-check, Evergreen's text message notices); the other failing requirements were answered
 * honestly. Example answers for the demo, not statements by the vendors.
 */
export const DEMO_CLAIM_ANSWERS: Record<
  string,
  Record<string, { claim: VendorClaimLevelValue; roadmapDate?: string; comment: string }>
> = {
  Koha: {
    'CIRC-006': {
      claim: 'out_of_the_box',
      comment: 'Example answer: SIP2 is built in; self-check vendors certify against it.',
    },
    'CAT-004': {
      claim: 'customisation',
      comment: 'Example answer: keeping items on overlay needs a record-matching rule our migration team writes.',
    },
  },
  Evergreen: {
    'CIRC-007': {
      claim: 'out_of_the_box',
      comment: 'Example answer: hold-ready notices go by text message through the built-in carrier list.',
    },
    'CIRC-001': {
      claim: 'customisation',
      comment: 'Example answer: transit slips naming the pickup library need a custom template.',
    },
    'CIRC-003': {
      claim: 'customisation',
      comment: 'Example answer: the transit report the consortium asks for is a custom report.',
    },
    'IT-004': {
      claim: 'roadmap',
      roadmapDate: '2027-12-01',
      comment: 'Example answer: the patron loans endpoint is planned for the next major release.',
    },
  },
  FOLIO: {
    'CAT-005': {
      claim: 'roadmap',
      roadmapDate: '2028-03-31',
      comment: 'Example answer: BIBFRAME editing is on the community roadmap.',
    },
  },
};

/** The level a usual score reads as. */
export const CLAIM_OF_SCORE: Record<number, VendorClaimLevelValue> = {
  3: 'out_of_the_box',
  2: 'configuration',
  1: 'customisation',
  0: 'not_met',
};

/** The agreed waiver: Koha's failing overlay requirement, accepted because the migration contract covers it. */
export const DEMO_WAIVER = {
  product: 'Koha',
  requirement: 'CAT-004',
  rationale:
    'Example waiver: the overlay rule that keeps items is part of the migration contract; the vendor sets it up and we retest it before go-live.',
  comment: 'Agreed, provided the contract names the overlay rule and the retest (example).',
  proposedAt: new Date('2027-05-24T10:00:00Z'),
  decidedAt: new Date('2027-05-25T15:30:00Z'),
};

export interface DemoDefect {
  product: string;
  title: string;
  severity: DefectSeverityValue;
  component: string;
  status: DefectStatusValue;
  /** The acceptance case whose failed (or blocked) result it was raised from, by title. */
  fromCase?: string;
  description: string;
  vendorTicketRef?: string;
  fixedInVersion?: string;
  wontFixReason?: string;
  /** Duplicate: the title of the defect it repeats. */
  duplicateOf?: string;
  resolutionNotes?: string;
  /** Reported by the department head, from triage. */
  byHead?: boolean;
  reportedAt: Date;
  /** Fixed, verified, closed, won't fix, duplicate: when it was resolved. */
  resolvedAt?: Date;
}

/** The demo evaluation's defects (problem tickets) across their lifecycle. Example tickets. */
export const DEMO_DEFECTS: DemoDefect[] = [
  {
    product: 'Koha',
    title: 'SIP2 checkout takes 40 seconds at the self-check station',
    severity: 'major',
    component: 'Circulation / SIP2',
    status: 'fixed',
    fromCase: 'Check out at a SIP2 self-check station',
    description: 'The loan appeared 40 seconds after the patron scanned the item; the station’s own timeout is 30.',
    vendorTicketRef: 'BWS-48213',
    fixedInVersion: '24.11.03',
    resolutionNotes: 'The vendor raised the SIP2 server’s worker count in 24.11.03; retest in the sandbox.',
    reportedAt: new Date('2027-05-04T11:00:00Z'),
    resolvedAt: new Date('2027-05-20T09:00:00Z'),
  },
  {
    product: 'Koha',
    title: 'Batch overlay replaces the items’ call numbers',
    severity: 'major',
    component: 'Cataloguing / Import',
    status: 'wont_fix',
    fromCase: 'Overlay vendor records in a batch import',
    description: 'Twelve of 50 overlaid records lost their local call numbers.',
    wontFixReason:
      'Not a product defect: the matching rule that keeps items is set up during migration (see the waiver).',
    reportedAt: new Date('2027-05-05T14:00:00Z'),
    resolvedAt: new Date('2027-05-21T10:00:00Z'),
  },
  {
    product: 'Koha',
    title: 'NCIP requests to the state network cannot be tested',
    severity: 'minor',
    component: 'Circulation / NCIP',
    status: 'open',
    fromCase: 'Request an item from the state network over NCIP',
    description: 'The sandbox has no NCIP connection to the state network yet.',
    reportedAt: new Date('2027-05-05T16:00:00Z'),
  },
  {
    product: 'Koha',
    title: 'Patron search ignores accents',
    severity: 'minor',
    component: 'Patrons',
    status: 'in_progress',
    description: 'Searching “Zoe” does not find “Zoë”; staff retype names with the accent.',
    vendorTicketRef: 'BWS-48377',
    reportedAt: new Date('2027-05-06T10:00:00Z'),
  },
  {
    product: 'Koha',
    title: 'Spine labels print a line too low on the desk printers',
    severity: 'trivial',
    component: 'Cataloguing / Labels',
    status: 'closed',
    description: 'The label template’s top margin is 2 mm too large for the consortium’s label stock.',
    resolutionNotes: 'Fixed by adjusting the label template; confirmed at Riverbend Central.',
    reportedAt: new Date('2027-05-06T15:00:00Z'),
    resolvedAt: new Date('2027-05-12T09:00:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Transit slip does not name the pickup library',
    severity: 'critical',
    component: 'Circulation / Holds',
    status: 'in_progress',
    fromCase: 'Fill a hold from another branch and send the item in transit',
    description: 'The transit slip printed without the pickup library; staff wrote it by hand.',
    vendorTicketRef: 'EOLI-2291',
    reportedAt: new Date('2027-05-11T10:30:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'No hold-ready text message is sent',
    severity: 'major',
    component: 'Notices',
    status: 'open',
    fromCase: 'Send a hold-ready notice by text message',
    description: 'The patron chose text messages; no message arrived within an hour.',
    reportedAt: new Date('2027-05-11T15:00:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Text message notice missing for a hold at Eastside',
    severity: 'major',
    component: 'Notices',
    status: 'duplicate',
    duplicateOf: 'No hold-ready text message is sent',
    description: 'Reported again from the Eastside branch test.',
    reportedAt: new Date('2027-05-12T09:00:00Z'),
    resolvedAt: new Date('2027-05-12T11:00:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Patron loans API answers 404 for a patron with loans',
    severity: 'major',
    component: 'Integration / API',
    status: 'verified',
    fromCase: 'Read a patron’s loans through the documented API',
    description: 'GET /patrons/{id}/loans returned 404 for a patron with three loans.',
    vendorTicketRef: 'EOLI-2304',
    fixedInVersion: '3.15.3',
    resolutionNotes: 'The sandbox had the old route; 3.15.3 serves the documented one. Retested: the loans are listed.',
    reportedAt: new Date('2027-05-13T10:00:00Z'),
    resolvedAt: new Date('2027-05-19T16:00:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Funds per member library not set up in the sandbox',
    severity: 'minor',
    component: 'Acquisitions',
    status: 'open',
    fromCase: 'Keep each member library’s funds apart',
    description: 'Blocked: the sandbox has a single library.',
    reportedAt: new Date('2027-05-13T14:00:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Staff client signs out after ten idle minutes',
    severity: 'minor',
    component: 'Staff client',
    status: 'triage',
    description:
      'At the reference desk the client signed out between two questions; the setting should be per library.',
    byHead: true,
    reportedAt: new Date('2027-05-14T09:30:00Z'),
  },
  {
    product: 'Evergreen',
    title: 'Due-date slip shows the consortium’s address, not the branch’s',
    severity: 'trivial',
    component: 'Circulation / Receipts',
    status: 'open',
    description: 'Every branch’s slip prints the consortium office address.',
    reportedAt: new Date('2027-05-14T11:00:00Z'),
  },
];

/** The upgrade plan's defect: the newly failing overlay case on the 3.14 test server. */
export const DEMO_UPGRADE_DEFECT = {
  fromCase: 'Import a batch of vendor MARC records with overlay',
  title: 'Overlay profile loses “keep items” after the 3.14 upgrade',
  severity: 'critical' as DefectSeverityValue,
  component: 'Cataloguing / Import',
  description:
    'The overlay profile lost its “keep items” setting in the upgrade; 50 records were overlaid without their call numbers.',
  reportedAt: new Date('2027-06-08T15:00:00Z'),
};

/** One entry of the demo product in use's installation record. */
export interface DemoInstallation {
  /** The catalogue version installed (Evergreen's). */
  version: string;
  kind: 'initial' | 'patch' | 'hotfix' | 'service_pack' | 'upgrade';
  installedOn: string;
  /** Demo person who applied it: admin (the systems librarian) or tester. */
  appliedBy: 'admin' | 'tester';
  /** The build of the upgrade plan's run that accepted it, if any (its run on this version). */
  acceptedByBuild: string | null;
  notes: string;
}

/**
 * What the consortium installed of Evergreen, oldest first: the first installation, a patch, a hot
 * fix accepted by the regression run on production, and the upgrade to 3.14 accepted by the run on
 * the test server, so a failure on 3.14 can be set against what changed.
 */
export const DEMO_INSTALLATIONS: DemoInstallation[] = [
  {
    version: '3.13',
    kind: 'initial',
    installedOn: '2025-09-14',
    appliedBy: 'admin',
    acceptedByBuild: null,
    notes: 'Example data: Evergreen 3.13.2 went live for all member libraries after the migration weekend.',
  },
  {
    version: '3.13',
    kind: 'patch',
    installedOn: '2026-03-10',
    appliedBy: 'admin',
    acceptedByBuild: null,
    notes: 'Example data: 3.13.4, the vendor’s quarterly maintenance release (holds queue and receipt fixes).',
  },
  {
    version: '3.13',
    kind: 'hotfix',
    installedOn: '2027-06-04',
    appliedBy: 'admin',
    acceptedByBuild: '3.13.6',
    notes: 'Example data: 3.13.6, a security fix for the OPAC login; the regression run on production accepted it.',
  },
  {
    version: '3.14',
    kind: 'upgrade',
    installedOn: '2027-06-15',
    appliedBy: 'tester',
    acceptedByBuild: '3.14.2',
    notes:
      'Example data: the upgrade to 3.14.2, booked after the run on the test server; the overlay defect has a workaround.',
  },
];
