/**
 * The demo evaluation "ILS replacement": a consortium replacing its integrated library system.
 * Requirements are examples written for the demo, in the words department heads use.
 * [department, priority, mandatory, status, category, title, description]
 */
export type DemoRequirement = [string, 'must' | 'should' | 'could' | 'wont', boolean, 'proposed' | 'approved' | 'rejected', string, string, string];

export const DEMO_REQUIREMENTS: DemoRequirement[] = [
  // Circulation and consortium sharing
  ['CIRC', 'must', true, 'approved', 'Holds', 'Any-item-any-patron holds across member libraries', 'A patron of any member library can place a hold on any item in the consortium and choose any member library as pickup location.'],
  ['CIRC', 'must', true, 'approved', 'Holds', 'Hold targeting by proximity and load', 'Holds are filled from the nearest library that has an available copy, with rules to spread the load across members.'],
  ['CIRC', 'must', true, 'approved', 'Transit', 'In-transit tracking between branches', 'Items moving between libraries show their status, origin, destination and date sent until checked in at the destination.'],
  ['CIRC', 'must', false, 'approved', 'Circulation rules', 'Loan rules per library, patron type and item type', 'Each member library sets its own loan periods, renewals and limits by patron category and item type.'],
  ['CIRC', 'must', false, 'approved', 'Fines and fees', 'Fine-free options per library', 'A library can stop charging overdue fines while still billing for lost items.'],
  ['CIRC', 'should', false, 'approved', 'Self-service', 'SIP2 self-check and automated returns', 'Self-check kiosks and automated materials handling connect over SIP2 with per-library accounts.'],
  ['CIRC', 'should', false, 'approved', 'Notices', 'Notices by e-mail and text message', 'Pre-overdue, overdue, hold-available and courtesy notices are sent by e-mail and SMS, with templates per library.'],
  ['CIRC', 'should', false, 'proposed', 'Offline', 'Offline circulation during outages', 'Staff can check items out and in while the network is down and upload the transactions later.'],
  ['CIRC', 'could', false, 'proposed', 'Patron accounts', 'Patron self-registration with address verification', 'New patrons register online and are issued a temporary card until they visit a library.'],
  ['CIRC', 'must', true, 'approved', 'Resource sharing', 'NCIP for interlibrary loan with the state network', 'The system exchanges item and patron messages over NCIP with the statewide resource-sharing service.'],
  ['CIRC', 'wont', false, 'rejected', 'Circulation rules', 'Daily fine amounts calculated in cents per hour', 'Hourly fines for short loans were requested but no member library lends by the hour.'],
  // Cataloguing
  ['CAT', 'must', true, 'approved', 'Standards', 'MARC 21 bibliographic and authority records', 'Create, import, edit and export MARC 21 bibliographic, holdings and authority records without loss.'],
  ['CAT', 'must', true, 'approved', 'Standards', 'Z39.50 and SRU copy cataloguing', 'Search external catalogues over Z39.50 and SRU and import records into the shared catalogue.'],
  ['CAT', 'must', false, 'approved', 'Authorities', 'Authority control with automatic heading updates', 'Changes to an authority record update the linked headings in bibliographic records.'],
  ['CAT', 'should', false, 'approved', 'Batch', 'Batch import and overlay of vendor records', 'Load records from suppliers in batches with match points, overlay rules and a report of what changed.'],
  ['CAT', 'should', false, 'approved', 'Linked data', 'RDA and BIBFRAME readiness', 'The vendor shows a roadmap for BIBFRAME and supports RDA elements in current records.'],
  ['CAT', 'should', false, 'proposed', 'Shared catalogue', 'One shared bibliographic record per title', 'Member libraries attach their holdings to one shared record instead of keeping duplicates.'],
  ['CAT', 'could', false, 'proposed', 'Editing', 'Record templates per library', 'Cataloguers choose from templates for common formats, kept per library.'],
  ['CAT', 'must', false, 'approved', 'Data quality', 'Duplicate detection and record merge', 'Find likely duplicate records and merge them while moving holdings, holds and history.'],
  ['CAT', 'could', false, 'rejected', 'Editing', 'Cataloguing in a spreadsheet view', 'Editing records in a grid was requested; the department chose to keep the MARC editor.'],
  ['CAT', 'should', false, 'approved', 'Discovery', 'Real-time availability in the public catalogue', 'Record changes and item status appear in the public catalogue within minutes.'],
  // Acquisitions
  ['ACQ', 'must', false, 'approved', 'Ordering', 'EDI ordering and invoicing with suppliers', 'Send orders and receive invoices from the main suppliers over EDIFACT.'],
  ['ACQ', 'must', true, 'approved', 'Funds', 'Fund accounting per member library', 'Each library keeps its own funds, encumbrances and expenditures with fiscal-year rollover.'],
  ['ACQ', 'should', false, 'approved', 'Ordering', 'Order records created from supplier carts', 'Selections made on supplier websites arrive as orders with brief records attached.'],
  ['ACQ', 'should', false, 'proposed', 'Receiving', 'Receiving with barcode and spine label printing', 'Staff receive items, add barcodes and print spine labels in one screen.'],
  ['ACQ', 'could', false, 'proposed', 'Reports', 'Spending dashboards per fund', 'Charts of spending against budget by fund and month.'],
  ['ACQ', 'should', false, 'approved', 'Claims', 'Automatic claims for late orders', 'Orders not received by the expected date generate claims to the supplier.'],
  ['ACQ', 'must', false, 'approved', 'Integration', 'Invoice export to the finance system', 'Approved invoices are exported in a format the consortium’s finance system accepts.'],
  ['ACQ', 'wont', false, 'rejected', 'Ordering', 'Purchasing from individual booksellers by e-mail', 'Orders to booksellers without EDI stay outside the system for now.'],
  // Serials and electronic resources
  ['SER', 'must', false, 'approved', 'Serials', 'Prediction patterns and check-in', 'Predict issues from publication patterns and check them in with one action.'],
  ['SER', 'should', false, 'approved', 'Serials', 'Routing lists for journals', 'Issues can be routed to staff in order with printed slips.'],
  ['SER', 'should', false, 'proposed', 'E-resources', 'Electronic resource management', 'Track licences, access and renewals for e-journals and databases.'],
  ['SER', 'could', false, 'proposed', 'E-resources', 'COUNTER 5 usage statistics harvesting', 'Harvest COUNTER usage reports with SUSHI and show cost per use.'],
  ['SER', 'should', false, 'approved', 'Serials', 'Claiming missing issues', 'Issues not arrived when predicted are listed for claiming.'],
  ['SER', 'must', false, 'approved', 'Holdings', 'Summary holdings statements', 'Show summary holdings for serials in staff and public views.'],
  ['SER', 'could', false, 'rejected', 'E-resources', 'Link resolver built into the ILS', 'The consortium keeps its existing link resolver.'],
  // IT, privacy, security and standards
  ['IT', 'must', true, 'approved', 'Patron privacy', 'Patron privacy by default', 'Circulation history is not kept unless the patron opts in, and staff access to it is logged.'],
  ['IT', 'must', true, 'approved', 'Security', 'Single sign-on for staff with SAML or OpenID Connect', 'Staff sign in with the consortium’s identity provider and multi-factor authentication.'],
  ['IT', 'must', true, 'approved', 'Security', 'Encryption in transit and at rest', 'All traffic uses TLS and the vendor encrypts data at rest, including backups.'],
  ['IT', 'must', false, 'approved', 'Integration', 'Documented APIs for patrons, items and circulation', 'REST or GraphQL APIs with documentation and rate limits, usable by member libraries’ own tools.'],
  ['IT', 'must', false, 'approved', 'Migration', 'Full data migration from the current system', 'Bibliographic, item, patron, circulation, holds and fines data migrate with a test load and reconciliation reports.'],
  ['IT', 'should', false, 'approved', 'Operations', 'Uptime of 99.9% with a service-level agreement', 'The hosted service guarantees 99.9% availability with credits for outages.'],
  ['IT', 'should', false, 'approved', 'Accessibility', 'WCAG 2.1 AA for the public catalogue and staff client', 'The vendor provides an accessibility conformance report (VPAT) and fixes reported barriers.'],
  ['IT', 'should', false, 'proposed', 'Operations', 'Sandbox environment for testing upgrades', 'A test copy of the system, refreshed on request, for acceptance testing before each upgrade.'],
  ['IT', 'could', false, 'proposed', 'Reports', 'Direct read-only database access for reporting', 'A reporting replica or data warehouse feed for the consortium’s own reports.'],
  ['IT', 'must', false, 'approved', 'Data ownership', 'Complete data export at any time', 'The consortium can export all its data in open formats without extra fees.'],
  ['IT', 'should', false, 'proposed', 'Patron privacy', 'Retention periods configurable per data type', 'Old transactions, notices and logs are deleted after configurable periods.'],
  ['IT', 'could', false, 'proposed', 'Authentication', 'Patron authentication service for e-resources', 'Patrons sign in to e-resource platforms with their library card through the ILS.'],
  ['IT', 'wont', false, 'rejected', 'Hosting', 'On-premises hosting in each member library', 'The consortium will not run servers in each library.'],
  // Youth services and public-facing
  ['YTH', 'should', false, 'approved', 'Programmes', 'Reading challenge tracking', 'Children log books read and earn badges, with statistics for the summer reading programme.'],
  ['YTH', 'should', false, 'approved', 'Patron accounts', 'Parent or guardian linked accounts', 'A guardian manages the accounts of their children and sees their loans and holds.'],
  ['YTH', 'must', false, 'approved', 'Patron privacy', 'Privacy controls for minors’ records', 'Staff see the minimum needed about young patrons; guardians’ access follows local law.'],
  ['YTH', 'could', false, 'proposed', 'Discovery', 'Age-appropriate public catalogue view', 'A simplified catalogue for children with reading-level filters.'],
  ['YTH', 'should', false, 'proposed', 'Circulation rules', 'Loan limits for young patrons', 'Lower loan limits and different loan periods by age group.'],
  ['YTH', 'could', false, 'proposed', 'Events', 'Event registration with the patron account', 'Children and guardians register for storytimes with their library card.'],
  ['YTH', 'must', false, 'approved', 'Accessibility', 'Catalogue usable with screen readers and keyboard', 'The public catalogue works with common screen readers and keyboard alone.'],
  ['CIRC', 'should', false, 'proposed', 'Floating collections', 'Floating collections between member libraries', 'Items returned at another library stay there instead of returning home, with balancing reports.'],
  ['CAT', 'should', false, 'approved', 'Standards', 'ISBN and ISSN validation on entry', 'Check digits are validated and invalid numbers flagged when records are saved.'],
  ['ACQ', 'could', false, 'proposed', 'Ordering', 'Standing orders and series tracking', 'Standing orders create order lines when new titles in a series are published.'],
];

/** What staff must learn for each candidate (topic, department, people, hours per person). */
export const DEMO_TRAINING: [string, string, number, number][] = [
  ['Circulation desk and holds workflows', 'CIRC', 60, 6],
  ['Cataloguing editor and authorities', 'CAT', 14, 12],
  ['Acquisitions and fund accounting', 'ACQ', 8, 8],
  ['Serials check-in and prediction', 'SER', 5, 6],
  ['System administration and reports', 'IT', 6, 24],
];
