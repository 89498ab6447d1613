/**
 * The demo evaluation's acceptance test plan: cases written for the demo in the words a library's
 * testers use, each verifying requirements of "ILS replacement" (by code), and how they went in the
 * Koha and Evergreen vendor sandboxes.
 */
export interface DemoTestCase {
  section: string;
  requirements: string[];
  priority: 'critical' | 'high' | 'medium' | 'low';
  tags: string[];
  title: string;
  preconditions: string;
  /** [action, expected result] */
  steps: [string, string][];
}

/** One outcome per case and sandbox: p passed, f failed, b blocked, s skipped, r retest, u untested. */
export type DemoOutcome = 'p' | 'f' | 'b' | 's' | 'r' | 'u';

const patron = 'A patron account of Riverbend Central with no blocks.';
const staff = 'Signed in to the staff client as a circulation assistant.';
const cataloguer = 'Signed in to the staff client as a cataloguer.';

export const DEMO_TEST_CASES: DemoTestCase[] = [
  // Circulation
  {
    section: 'Circulation',
    requirements: ['CIRC-001'],
    priority: 'critical',
    tags: ['holds', 'consortium'],
    title: 'Place a hold on another member library’s item',
    preconditions: `${patron} An item owned only by Eastside Branch.`,
    steps: [
      ['Search the public catalogue for the title and choose “Place hold”.', 'The hold form opens.'],
      ['Choose Riverbend Central as pickup location and confirm.', 'The hold is placed; the patron account lists it.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-001', 'CIRC-003'],
    priority: 'critical',
    tags: ['holds', 'transit'],
    title: 'Fill a hold from another branch and send the item in transit',
    preconditions: 'A hold placed at Riverbend Central on an item shelved at Eastside Branch.',
    steps: [
      ['At Eastside, check the item in.', 'The client asks to send it to Riverbend Central.'],
      ['Print the transit slip.', 'The slip names the pickup library and the patron’s hold number.'],
      ['At Riverbend Central, check the item in.', 'The hold is marked waiting and a notice is queued.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-002'],
    priority: 'high',
    tags: ['holds'],
    title: 'Target a hold to the nearest library with an available copy',
    preconditions: 'Copies on the shelf at Eastside Branch and Northside Branch; the patron picks up at Northside.',
    steps: [
      ['Place the hold.', 'The hold targets the Northside copy.'],
      ['Mark the Northside copy missing.', 'The hold is retargeted to the Eastside copy.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-004'],
    priority: 'critical',
    tags: ['loans', 'smoke'],
    title: 'Check out with the loan period of the patron and item type',
    preconditions: `${staff} ${patron}`,
    steps: [
      ['Check out a DVD to an adult patron.', 'The due date is 7 days from today.'],
      ['Check out a book to the same patron.', 'The due date is 21 days from today.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-004'],
    priority: 'high',
    tags: ['loans'],
    title: 'Renew a loan until the renewal limit',
    preconditions: 'A book on loan with two renewals allowed.',
    steps: [
      ['Renew the loan twice from the patron account.', 'Each renewal extends the due date by 21 days.'],
      ['Try a third renewal.', 'The renewal is refused with “Renewal limit reached”.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-005'],
    priority: 'medium',
    tags: ['fines'],
    title: 'Return an overdue item at a fine-free library',
    preconditions: 'Eastside Branch is set to fine-free; an item is 5 days overdue.',
    steps: [['Check the item in at Eastside.', 'No fine is charged; the loan closes.']],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-006'],
    priority: 'high',
    tags: ['sip2', 'self-service'],
    title: 'Check out at a SIP2 self-check station',
    preconditions: 'A self-check station connected over SIP2 with the library’s account.',
    steps: [
      ['Scan the patron card at the station.', 'The station greets the patron by name.'],
      ['Scan an item.', 'The station shows the due date; the loan appears in the staff client.'],
    ],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-006'],
    priority: 'medium',
    tags: ['sip2', 'self-service'],
    title: 'Return through the automated returns machine',
    preconditions: 'An item on loan; the returns machine connected over SIP2.',
    steps: [['Drop the item in the returns machine.', 'The loan closes and the bin is chosen by the hold status.']],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-007'],
    priority: 'high',
    tags: ['notices'],
    title: 'Send a hold-ready notice by text message',
    preconditions: 'A patron who chose text messages for notices; a hold waiting for them.',
    steps: [['Run the notice job.', 'The patron receives one text message naming the title and pickup library.']],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-007'],
    priority: 'medium',
    tags: ['notices'],
    title: 'Send an overdue notice by e-mail',
    preconditions: 'A loan 3 days overdue; the patron chose e-mail.',
    steps: [['Run the notice job.', 'The patron receives the overdue e-mail with the due date and the item.']],
  },
  {
    section: 'Circulation',
    requirements: ['CIRC-010'],
    priority: 'medium',
    tags: ['ill'],
    title: 'Request an item from the state network over NCIP',
    preconditions: 'The NCIP connection to the state network configured in the sandbox.',
    steps: [
      ['Request a title the consortium does not own.', 'The request reaches the state network.'],
      ['Receive the item when it arrives.', 'A temporary item record is created and checked out to the patron.'],
    ],
  },
  // Cataloguing
  {
    section: 'Cataloguing',
    requirements: ['CAT-001'],
    priority: 'critical',
    tags: ['marc', 'smoke'],
    title: 'Create a MARC 21 record from a template',
    preconditions: cataloguer,
    steps: [
      ['Create a book record from the default template.', 'The editor shows the MARC fields with indicators.'],
      ['Save it with 245, 100 and 020.', 'The record is saved and found by its ISBN.'],
    ],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-002'],
    priority: 'high',
    tags: ['z3950'],
    title: 'Copy catalogue a record over Z39.50',
    preconditions: `${cataloguer} The Library of Congress target configured.`,
    steps: [
      ['Search the Library of Congress by ISBN.', 'The matching record is listed.'],
      ['Import it.', 'The record opens in the editor for review.'],
    ],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-003'],
    priority: 'high',
    tags: ['authorities'],
    title: 'Update a heading when its authority record changes',
    preconditions: 'Three bibliographic records linked to one personal name authority.',
    steps: [['Change the authorised form of the name.', 'All three bibliographic records show the new heading.']],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-004'],
    priority: 'high',
    tags: ['batch', 'vendor-records'],
    title: 'Overlay vendor records in a batch import',
    preconditions: 'A file of 200 vendor records; 50 match existing records by ISBN.',
    steps: [
      ['Stage the file with the overlay rule “match on ISBN”.', 'The preview shows 150 new and 50 overlays.'],
      ['Commit the import.', 'Items on the 50 matched records keep their barcodes.'],
    ],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-008'],
    priority: 'medium',
    tags: ['duplicates'],
    title: 'Merge two duplicate records',
    preconditions: 'Two records for the same edition, each with items and holds.',
    steps: [['Merge the second record into the first.', 'Items and holds move to the kept record.']],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-011'],
    priority: 'low',
    tags: ['validation'],
    title: 'Warn about an invalid ISBN on entry',
    preconditions: cataloguer,
    steps: [['Enter an ISBN with a wrong check digit.', 'The editor warns before saving.']],
  },
  {
    section: 'Cataloguing',
    requirements: ['CAT-010'],
    priority: 'high',
    tags: ['opac'],
    title: 'Show real-time availability in the public catalogue',
    preconditions: 'A title with one copy on the shelf and one on loan.',
    steps: [
      ['Open the title in the public catalogue.', 'One copy shows as available, one as due back on its date.'],
      ['Check the available copy out.', 'After reload both copies show as on loan.'],
    ],
  },
  // Acquisitions
  {
    section: 'Acquisitions',
    requirements: ['ACQ-001'],
    priority: 'high',
    tags: ['edi'],
    title: 'Send an order to a supplier by EDI',
    preconditions: 'A supplier with EDIFACT ordering set up in the sandbox.',
    steps: [
      ['Create a basket with three titles and close it.', 'An ORDERS message is generated.'],
      ['Receive the supplier’s ORDRSP.', 'Order lines show the supplier’s confirmation.'],
    ],
  },
  {
    section: 'Acquisitions',
    requirements: ['ACQ-002'],
    priority: 'critical',
    tags: ['funds'],
    title: 'Keep each member library’s funds apart',
    preconditions: 'Funds for Riverbend Central and Eastside Branch.',
    steps: [
      ['As Eastside’s acquisitions staff, open the fund list.', 'Only Eastside’s funds are offered.'],
      ['Spend from an Eastside fund.', 'Riverbend Central’s balances do not change.'],
    ],
  },
  {
    section: 'Acquisitions',
    requirements: ['ACQ-003'],
    priority: 'medium',
    tags: ['orders'],
    title: 'Create order records from a supplier cart',
    preconditions: 'A cart file exported from the supplier’s website.',
    steps: [['Load the cart file.', 'One order line per title with price and fund.']],
  },
  {
    section: 'Acquisitions',
    requirements: ['ACQ-006'],
    priority: 'medium',
    tags: ['claims'],
    title: 'Claim an order that is late',
    preconditions: 'An order line 60 days past its expected date.',
    steps: [['Run the claims job.', 'A claim is sent and the order line shows the claim date.']],
  },
  {
    section: 'Acquisitions',
    requirements: ['ACQ-007'],
    priority: 'high',
    tags: ['finance'],
    title: 'Export paid invoices to the finance system',
    preconditions: 'Two invoices marked paid this month.',
    steps: [['Run the finance export.', 'The file lists both invoices with fund codes and totals.']],
  },
  // Serials
  {
    section: 'Serials',
    requirements: ['SER-001'],
    priority: 'medium',
    tags: ['serials'],
    title: 'Check in a predicted issue',
    preconditions: 'A monthly subscription with a prediction pattern.',
    steps: [['Check in the next expected issue.', 'The issue gets the predicted enumeration and an item.']],
  },
  {
    section: 'Serials',
    requirements: ['SER-002'],
    priority: 'low',
    tags: ['serials'],
    title: 'Print a routing list for a journal',
    preconditions: 'A journal with three staff on its routing list.',
    steps: [['Check in an issue and print the routing slip.', 'The slip lists the three names in order.']],
  },
  {
    section: 'Serials',
    requirements: ['SER-005'],
    priority: 'low',
    tags: ['serials', 'claims'],
    title: 'Claim a missing issue',
    preconditions: 'An issue expected 30 days ago and not received.',
    steps: [['Run the serials claims job.', 'A claim is sent for the missing issue.']],
  },
  {
    section: 'Serials',
    requirements: ['SER-006'],
    priority: 'low',
    tags: ['serials'],
    title: 'Show summary holdings in the public catalogue',
    preconditions: 'A journal with holdings from 2015 to date.',
    steps: [['Open the journal in the public catalogue.', 'The holdings read “2015–present”.']],
  },
  // Privacy and security
  {
    section: 'Privacy and security',
    requirements: ['IT-001'],
    priority: 'critical',
    tags: ['privacy'],
    title: 'Keep no reading history unless the patron opts in',
    preconditions: `${patron} Reading history off by default.`,
    steps: [
      ['Check out and return two items.', 'The patron account shows no reading history.'],
      ['Opt in and borrow again.', 'Only loans after the opt-in are listed.'],
    ],
  },
  {
    section: 'Privacy and security',
    requirements: ['IT-002'],
    priority: 'high',
    tags: ['sso'],
    title: 'Sign staff in with single sign-on',
    preconditions: 'The sandbox connected to the consortium’s test identity provider.',
    steps: [
      ['Open the staff client and choose single sign-on.', 'The identity provider’s sign-in page opens.'],
      ['Sign in as a circulation assistant.', 'The staff client opens with that person’s permissions.'],
    ],
  },
  {
    section: 'Privacy and security',
    requirements: ['IT-003'],
    priority: 'critical',
    tags: ['security'],
    title: 'Refuse unencrypted connections',
    preconditions: 'The sandbox’s public and staff addresses.',
    steps: [['Open both addresses over plain http.', 'Each redirects to https with a valid certificate.']],
  },
  {
    section: 'Privacy and security',
    requirements: ['YTH-003'],
    priority: 'high',
    tags: ['privacy', 'youth'],
    title: 'Hide a minor’s record from staff without the permission',
    preconditions: 'A patron aged 12; a staff account without the youth records permission.',
    steps: [['Search for the patron as that staff member.', 'Contact details and loans are hidden.']],
  },
  // Integration and migration
  {
    section: 'Integration and migration',
    requirements: ['IT-004'],
    priority: 'high',
    tags: ['api'],
    title: 'Read a patron’s loans through the documented API',
    preconditions: 'An API key for the sandbox; a patron with two loans.',
    steps: [['Call the loans endpoint for the patron.', 'Both loans are returned with due dates.']],
  },
  {
    section: 'Integration and migration',
    requirements: ['IT-005'],
    priority: 'critical',
    tags: ['migration'],
    title: 'Migrate a sample of records from the current system',
    preconditions: 'The extract of 5,000 bibliographic records, items and patrons.',
    steps: [
      ['Load the extract with the vendor’s migration tools.', 'All 5,000 records load without errors.'],
      ['Compare 50 records chosen at random with the current system.', 'Fields, items and loans match.'],
    ],
  },
  {
    section: 'Integration and migration',
    requirements: ['IT-010'],
    priority: 'high',
    tags: ['export'],
    title: 'Export all data on request',
    preconditions: 'Administrator access to the sandbox.',
    steps: [['Request a full export.', 'MARC records, items, patrons and loans are delivered in documented formats.']],
  },
  // Operations
  {
    section: 'Operations',
    requirements: ['IT-008'],
    priority: 'medium',
    tags: ['sandbox'],
    title: 'Refresh the sandbox from production',
    preconditions: 'A vendor-hosted sandbox.',
    steps: [['Ask for a refresh.', 'The sandbox holds yesterday’s production data within two working days.']],
  },
  // Public services and accessibility
  {
    section: 'Public services and accessibility',
    requirements: ['IT-007', 'YTH-007'],
    priority: 'critical',
    tags: ['accessibility'],
    title: 'Search and place a hold with the keyboard only',
    preconditions: 'The public catalogue in a desktop browser; no mouse.',
    steps: [
      ['Search for a title using the keyboard.', 'Focus is visible at every step.'],
      ['Place a hold.', 'Every control is reachable and labelled.'],
    ],
  },
  {
    section: 'Public services and accessibility',
    requirements: ['YTH-007'],
    priority: 'high',
    tags: ['accessibility'],
    title: 'Use the public catalogue with a screen reader',
    preconditions: 'NVDA with Firefox.',
    steps: [['Search, open a title and read its availability.', 'Headings, results and availability are announced.']],
  },
  {
    section: 'Public services and accessibility',
    requirements: ['YTH-001'],
    priority: 'low',
    tags: ['youth'],
    title: 'Record progress in a reading challenge',
    preconditions: 'A summer reading challenge set up for children.',
    steps: [['Log three books for a child.', 'The child’s progress shows three of ten.']],
  },
  {
    section: 'Public services and accessibility',
    requirements: ['YTH-002'],
    priority: 'medium',
    tags: ['youth'],
    title: 'Link a child’s account to a guardian',
    preconditions: 'A guardian and a child patron.',
    steps: [['Link the accounts.', 'The guardian sees the child’s loans and holds.']],
  },
];

/** Outcomes per case (in the order above) in the Koha and Evergreen sandboxes. */
export const DEMO_TEST_OUTCOMES: { koha: DemoOutcome[]; evergreen: DemoOutcome[] } = {
  // prettier-ignore
  koha: ['p', 'p', 'p', 'p', 'p', 'p', 'f', 'p', 'p', 'p', 'b', 'p', 'p', 'p', 'f', 'p', 'p', 'p', 'p', 'p', 'p', 'u', 'p', 'p', 'u', 'u', 'u', 'p', 'p', 'p', 'p', 'p', 'r', 'p', 'u', 'p', 'p', 's', 'u'],
  // prettier-ignore
  evergreen: ['p', 'f', 'p', 'p', 'p', 'p', 'p', 'p', 'f', 'p', 'p', 'p', 'p', 'p', 'p', 'p', 'u', 'p', 'p', 'b', 'u', 'u', 'u', 'p', 'u', 'u', 'u', 'p', 'p', 'p', 'p', 'f', 'u', 'u', 'u', 'p', 'p', 'u', 'u'],
};

/** What the testers saw where a case failed or was blocked (by case title). */
export const DEMO_TEST_NOTES: Record<string, string> = {
  'Check out at a SIP2 self-check station':
    'The station greeted the patron but the loan took 40 seconds to appear; the vendor is checking the SIP2 timeout.',
  'Request an item from the state network over NCIP':
    'Blocked: the sandbox has no NCIP connection to the state network yet.',
  'Overlay vendor records in a batch import':
    'Twelve of the 50 overlays replaced the items’ call numbers with the vendor’s.',
  'Fill a hold from another branch and send the item in transit':
    'The transit slip did not name the pickup library; it had to be written by hand.',
  'Send a hold-ready notice by text message': 'No text message arrived; the sandbox’s SMS gateway is not configured.',
  'Keep each member library’s funds apart':
    'Blocked: the sandbox has a single library; funds per member were not set up.',
  'Migrate a sample of records from the current system':
    'Three records lost their 490 series statements; reported to the vendor.',
};

/** A regression case of the upgrade plan: the same fields as an acceptance case, with no requirements. */
export type DemoUpgradeCase = Omit<DemoTestCase, 'requirements'>;

const circStaff = 'Signed in to the Evergreen staff client at Riverbend Central as a circulation assistant.';

/**
 * The consortium's regression cases for moving its Evergreen from 3.13 to 3.14: the everyday work
 * each department checks on the test server before the upgrade is booked.
 */
export const DEMO_UPGRADE_CASES: DemoUpgradeCase[] = [
  {
    section: 'Circulation',
    priority: 'critical',
    tags: ['loans', 'smoke'],
    title: 'Check out and check in at the circulation desk',
    preconditions: `${circStaff} ${patron}`,
    steps: [
      ['Check out a book to the patron.', 'The due date follows the loan rules (21 days).'],
      ['Check the book in.', 'The loan closes and the item shows as reshelving.'],
    ],
  },
  {
    section: 'Circulation',
    priority: 'critical',
    tags: ['holds'],
    title: 'Place a hold in the public catalogue and capture it',
    preconditions: `${patron} A copy on the shelf at Eastside Branch.`,
    steps: [
      [
        'Place a hold from the public catalogue, pickup at Riverbend Central.',
        'The hold appears on the patron account.',
      ],
      ['At Eastside, capture the copy from the pull list.', 'The transit slip names Riverbend Central.'],
      ['Check the copy in at Riverbend Central.', 'The hold is ready for pickup and a notice is queued.'],
    ],
  },
  {
    section: 'Circulation',
    priority: 'high',
    tags: ['loans'],
    title: 'Renew a loan from the patron account',
    preconditions: 'A book on loan with renewals left.',
    steps: [['Renew the loan from My Account.', 'The due date moves by 21 days and the renewal count goes up.']],
  },
  {
    section: 'Circulation',
    priority: 'high',
    tags: ['sip2', 'self-service'],
    title: 'Check out at the SIP2 self-check station',
    preconditions: 'The test server’s SIP2 service connected to the Riverbend Central self-check.',
    steps: [
      ['Scan a patron card.', 'The station greets the patron by name.'],
      ['Scan an item.', 'The station shows the due date within 3 seconds.'],
    ],
  },
  {
    section: 'Circulation',
    priority: 'medium',
    tags: ['offline'],
    title: 'Upload transactions made offline',
    preconditions: 'Three checkouts recorded in the offline client.',
    steps: [['Upload and process the offline session.', 'The three loans appear with their offline dates.']],
  },
  {
    section: 'Cataloguing',
    priority: 'high',
    tags: ['marc', 'import'],
    title: 'Import a batch of vendor MARC records with overlay',
    preconditions: `${cataloguer} A file of 50 vendor records matching existing bibs by ISBN.`,
    steps: [
      ['Load the file in MARC Batch Import with the overlay profile.', 'The queue shows 50 matches.'],
      ['Import the queue.', 'The records are overlaid and the items keep their call numbers.'],
    ],
  },
  {
    section: 'Cataloguing',
    priority: 'high',
    tags: ['holdings'],
    title: 'Add items in the holdings editor',
    preconditions: `${cataloguer} A bibliographic record with no items.`,
    steps: [
      ['Add two items with barcodes and call number.', 'Both items save with the circulation modifier chosen.'],
      ['Open the record in the public catalogue.', 'Both copies show as available.'],
    ],
  },
  {
    section: 'Cataloguing',
    priority: 'medium',
    tags: ['z39.50'],
    title: 'Copy catalogue a record over Z39.50',
    preconditions: `${cataloguer} The Library of Congress target enabled.`,
    steps: [['Search by ISBN and import the record.', 'The record opens in the MARC editor with the 020 filled in.']],
  },
  {
    section: 'Acquisitions',
    priority: 'high',
    tags: ['orders'],
    title: 'Receive an order line and its copies',
    preconditions: 'An order of two copies sent to the supplier, with a fund of the Eastside Branch.',
    steps: [
      ['Receive the line item.', 'Both copies are received and the fund’s encumbrance becomes spent.'],
      ['Look up the copies.', 'They are in process at Eastside Branch.'],
    ],
  },
  {
    section: 'Notices and reports',
    priority: 'high',
    tags: ['notices'],
    title: 'Send the overdue notices',
    preconditions: 'Five loans seven days overdue; the notice trigger scheduled.',
    steps: [['Run the overdue notice trigger.', 'Five e-mails are sent and each patron’s account records the notice.']],
  },
  {
    section: 'Notices and reports',
    priority: 'medium',
    tags: ['reports'],
    title: 'Run the monthly circulation report',
    preconditions: 'The saved report template "Checkouts by branch and month".',
    steps: [
      ['Run the template for last month.', 'The output lists every branch with the same totals as the live system.'],
    ],
  },
  {
    section: 'Patrons',
    priority: 'medium',
    tags: ['patrons'],
    title: 'Register a new patron',
    preconditions: circStaff,
    steps: [
      ['Register an adult patron with address and e-mail.', 'The patron saves and gets a barcode.'],
      ['Search for the patron by name.', 'The new record is found.'],
    ],
  },
];

/** Outcomes per upgrade case: on the production version 3.13 and on the test server running 3.14. */
export const DEMO_UPGRADE_OUTCOMES: { current: DemoOutcome[]; target: DemoOutcome[] } = {
  // prettier-ignore
  current: ['p', 'p', 'p', 'p', 'b', 'p', 'p', 'p', 'p', 'p', 'p', 'p'],
  // prettier-ignore
  target: ['p', 'p', 'p', 'f', 'u', 'f', 'p', 'u', 'p', 'f', 'u', 'p'],
};

/** What the tester saw where an upgrade case failed or was blocked (by case title). */
export const DEMO_UPGRADE_NOTES: Record<string, string> = {
  'Upload transactions made offline':
    'Blocked: no offline client is installed on the production desks to record a session with.',
  'Check out at the SIP2 self-check station':
    'The station showed the due date after 12 seconds; on 3.13 it takes one. The SIP2 server logs a slow patron lookup.',
  'Import a batch of vendor MARC records with overlay':
    'The overlay profile lost its “keep items” setting in the upgrade; 50 records were overlaid without their call numbers.',
  'Send the overdue notices':
    'Two of five e-mails were sent; the other three patrons have a notice preference the new template does not read.',
};
