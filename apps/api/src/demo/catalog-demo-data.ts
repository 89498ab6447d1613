import type {
  Confidence,
  NoteSourceType,
  NoteTag,
  ProductCategory,
  ProductHosting,
  ProductLicence,
  VendorStatus,
} from '@assay/api/data';

/**
 * The demo vendor catalogue: the companies and products of the public-library ILS market as a
 * starting point. Companies, products, licences and hosting are public facts; release dates are
 * approximate (to the month) and version lists are short on purpose. Every research note and
 * reference check is an example of how to record one, not research: titles and bodies say so,
 * and the libraries in reference checks are fictional.
 */

export interface DemoVersion {
  name: string;
  /** YYYY-MM-DD, approximate; null when the demo does not record it. */
  releaseDate: string | null;
  notes?: string;
}

export interface DemoProduct {
  name: string;
  category: ProductCategory;
  licence: ProductLicence;
  hosting: ProductHosting[];
  website?: string;
  description: string;
  versions?: DemoVersion[];
}

export interface DemoNote {
  /** The product's name when the note is about one product. */
  product?: string;
  title: string;
  body: string;
  observedOn: string;
  sourceType: NoteSourceType;
  sourceUrl: string | null;
  sourceTitle: string | null;
  tags: NoteTag[];
  confidence: Confidence;
}

export interface DemoVendor {
  name: string;
  website: string;
  headquarters: string;
  status: VendorStatus;
  companyNotes: string;
  supportModel: string;
  products: DemoProduct[];
  notes: DemoNote[];
}

export interface DemoReferenceCheck {
  vendor: string;
  product: string;
  libraryName: string;
  contactName: string;
  checkedOn: string;
  rating: number;
  summary: string;
  /** Answers to DEMO_REFERENCE_QUESTIONS, by position. */
  answers: string[];
}

const APPROXIMATE = 'Demo data: release date approximate (month). Check the release notes before relying on it.';
const LTG = 'https://librarytechnology.org/';
const LTG_TITLE = 'Library Systems Report (Marshall Breeding), Library Technology Guides';

const KOHA_VERSIONS: DemoVersion[] = [
  { name: '24.05', releaseDate: '2024-05-31', notes: APPROXIMATE },
  { name: '24.11', releaseDate: '2024-11-29', notes: APPROXIMATE },
  { name: '25.05', releaseDate: '2025-05-30', notes: APPROXIMATE },
  { name: '25.11', releaseDate: '2025-11-28', notes: APPROXIMATE },
];

const KOHA_DESCRIPTION =
  'Open-source integrated library system developed by the Koha community since 1999, with a new major release every six months (May and November).';

/** Libraries always hear the source: each market note points to the annual report, never to a figure we made up. */
const marketNote = (product: string, observedOn: string): DemoNote => ({
  product,
  title: `Example: check ${product}’s installations in the annual Library Systems Report`,
  body:
    `Example note: Marshall Breeding’s annual Library Systems Report (Library Technology Guides) lists, for each product, new contracts and libraries using it. ` +
    `A real note would quote the figures for ${product} from the latest edition, with the page or table, and the date read.`,
  observedOn,
  sourceType: 'url',
  sourceUrl: LTG,
  sourceTitle: LTG_TITLE,
  tags: ['install_base'],
  confidence: 'medium',
});

export const DEMO_VENDORS: DemoVendor[] = [
  {
    name: 'Equinox Open Library Initiative',
    website: 'https://www.equinoxoli.org',
    headquarters: 'Duluth, Georgia, USA',
    status: 'active',
    companyNotes:
      'Non-profit organisation that supports, hosts and develops open-source library software, best known for Evergreen.',
    supportModel: 'Hosting, migration, support and development contracts for open-source systems.',
    products: [
      {
        name: 'Evergreen',
        category: 'ils',
        licence: 'open_source',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://evergreen-ils.org',
        description:
          'Open-source ILS built for consortia of public libraries sharing one catalogue and resource sharing between members; first released by the Georgia PINES consortium in 2006.',
        versions: [
          { name: '3.13', releaseDate: '2024-04-15', notes: APPROXIMATE },
          { name: '3.14', releaseDate: '2024-10-15', notes: APPROXIMATE },
          { name: '3.15', releaseDate: '2025-04-15', notes: APPROXIMATE },
        ],
      },
    ],
    notes: [
      {
        product: 'Evergreen',
        title: 'Example: Evergreen is designed around consortia',
        body:
          'Example note: the Evergreen project site describes a system made for large resource-sharing consortia. ' +
          'A real note would record which consortium features matter to us (shared holds, floating collections, per-library settings) and what we saw of them.',
        observedOn: '2026-02-10',
        sourceType: 'url',
        sourceUrl: 'https://evergreen-ils.org',
        sourceTitle: 'Evergreen ILS project site',
        tags: ['roadmap'],
        confidence: 'medium',
      },
      {
        title: 'Example: Equinox is a non-profit support provider',
        body:
          'Example note: Equinox describes itself as a non-profit. A real note would record what that means for us: how contracts are priced, ' +
          'who owns the code it writes for customers, and how many staff support our region.',
        observedOn: '2026-02-12',
        sourceType: 'url',
        sourceUrl: 'https://www.equinoxoli.org',
        sourceTitle: 'Equinox Open Library Initiative',
        tags: ['financial_health', 'support'],
        confidence: 'medium',
      },
      marketNote('Evergreen', '2026-05-04'),
    ],
  },
  {
    name: 'ByWater Solutions',
    website: 'https://bywatersolutions.com',
    headquarters: 'Santa Barbara, California, USA',
    status: 'active',
    companyNotes: 'Company providing support, hosting, migration and development for Koha in North America.',
    supportModel:
      'Hosted Koha with support contracts; development funded by customers is contributed to the Koha community.',
    products: [
      {
        name: 'Koha',
        category: 'ils',
        licence: 'open_source',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://koha-community.org',
        description: KOHA_DESCRIPTION,
        versions: KOHA_VERSIONS,
      },
    ],
    notes: [
      {
        product: 'Koha',
        title: 'Example: Koha releases every six months',
        body:
          'Example note: the Koha community publishes a major release each May and November (numbered YY.05 and YY.11), with monthly maintenance releases. ' +
          'A real note would record how quickly our support provider moves customers to a new release and how long old releases get security fixes.',
        observedOn: '2026-01-20',
        sourceType: 'url',
        sourceUrl: 'https://koha-community.org',
        sourceTitle: 'Koha Library Software Community',
        tags: ['roadmap', 'security'],
        confidence: 'high',
      },
      {
        title: 'Example: ask ByWater how support requests are handled',
        body:
          'Example note: a real note would summarise the support terms from the proposal: ticket channels, hours, response targets for an outage, ' +
          'and whether the same team handles hosting and software problems.',
        observedOn: '2026-03-03',
        sourceType: 'url',
        sourceUrl: 'https://bywatersolutions.com',
        sourceTitle: 'ByWater Solutions',
        tags: ['support'],
        confidence: 'low',
      },
      marketNote('Koha', '2026-05-04'),
    ],
  },
  {
    name: 'PTFS Europe',
    website: 'https://www.ptfs-europe.com',
    headquarters: 'United Kingdom',
    status: 'active',
    companyNotes: 'Company providing Koha hosting, support and development to libraries in the UK and Europe.',
    supportModel: 'Hosted Koha with support contracts; active contributor to the Koha community.',
    products: [
      {
        name: 'Koha',
        category: 'ils',
        licence: 'open_source',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://koha-community.org',
        description: KOHA_DESCRIPTION,
        versions: KOHA_VERSIONS,
      },
    ],
    notes: [
      {
        title: 'Example: compare Koha support providers on the same terms',
        body:
          'Example note: Koha is the same software whichever company supports it, so a real note would compare providers on what differs: ' +
          'hosting location, support hours in our time zone, migration experience and price.',
        observedOn: '2026-03-05',
        sourceType: 'url',
        sourceUrl: 'https://www.ptfs-europe.com',
        sourceTitle: 'PTFS Europe',
        tags: ['support', 'pricing'],
        confidence: 'low',
      },
    ],
  },
  {
    name: 'Open Library Foundation',
    website: 'https://openlibraryfoundation.org',
    headquarters: 'USA',
    status: 'active',
    companyNotes: 'Non-profit foundation that holds and stewards open-source library projects, among them FOLIO.',
    supportModel: 'Community project: support and hosting come from service providers or a library’s own staff.',
    products: [
      {
        name: 'FOLIO',
        category: 'lsp',
        licence: 'open_source',
        hosting: ['self_hosted', 'vendor_hosted'],
        website: 'https://www.folio.org',
        description:
          'Open-source library services platform built as independent apps on a shared platform; releases are named in alphabetical order after flowers.',
        versions: [
          { name: 'Quesnelia', releaseDate: '2024-05-15', notes: APPROXIMATE },
          { name: 'Ramsons', releaseDate: '2024-11-15', notes: APPROXIMATE },
          { name: 'Sunflower', releaseDate: '2025-06-15', notes: APPROXIMATE },
        ],
      },
    ],
    notes: [
      {
        product: 'FOLIO',
        title: 'Example: FOLIO’s fit for public libraries',
        body:
          'Example note: FOLIO began among academic libraries. A real note would record which public-library workflows (holds, fines, patron self-service, ' +
          'consortium borrowing) we saw working, in which release, and what is still on the roadmap.',
        observedOn: '2026-02-18',
        sourceType: 'url',
        sourceUrl: 'https://www.folio.org',
        sourceTitle: 'FOLIO project site',
        tags: ['roadmap'],
        confidence: 'low',
      },
      marketNote('FOLIO', '2026-05-04'),
    ],
  },
  {
    name: 'EBSCO Information Services',
    website: 'https://www.ebsco.com',
    headquarters: 'Ipswich, Massachusetts, USA',
    status: 'active',
    companyNotes:
      'Library content and services company; offers hosted FOLIO and is a long-standing supporter of the FOLIO project.',
    supportModel: 'Hosted FOLIO as a service, with implementation and support.',
    products: [
      {
        name: 'FOLIO (hosted by EBSCO)',
        category: 'lsp',
        licence: 'open_source',
        hosting: ['saas'],
        website: 'https://www.ebsco.com',
        description: 'FOLIO run and supported by EBSCO as a hosted service.',
      },
    ],
    notes: [
      {
        product: 'FOLIO (hosted by EBSCO)',
        title: 'Example: what the hosted FOLIO service includes',
        body:
          'Example note: a real note would list what the hosting contract covers (upgrades to each FOLIO release, data migration, discovery integration) ' +
          'and what stays with the library.',
        observedOn: '2026-03-10',
        sourceType: 'url',
        sourceUrl: 'https://www.ebsco.com',
        sourceTitle: 'EBSCO',
        tags: ['support', 'pricing'],
        confidence: 'low',
      },
    ],
  },
  {
    name: 'Ex Libris',
    website: 'https://exlibrisgroup.com',
    headquarters: 'Jerusalem, Israel',
    status: 'acquired',
    companyNotes:
      'Part of Clarivate since December 2021, when Clarivate acquired ProQuest, which had owned Ex Libris since 2015.',
    supportModel: 'Multi-tenant cloud service with vendor support; updated monthly.',
    products: [
      {
        name: 'Alma',
        category: 'lsp',
        licence: 'proprietary',
        hosting: ['saas'],
        website: 'https://exlibrisgroup.com',
        description:
          'Cloud library services platform managing print, electronic and digital resources in one system, updated monthly; used mostly by academic and research libraries.',
      },
    ],
    notes: [
      {
        title: 'Example: Ex Libris is part of Clarivate',
        body:
          'Example note: Ex Libris and Innovative both belong to Clarivate. A real note would record what the owner has said about the roadmap of each ' +
          'product we are considering, with the date and source of the statement.',
        observedOn: '2026-01-28',
        sourceType: 'url',
        sourceUrl: 'https://clarivate.com',
        sourceTitle: 'Clarivate',
        tags: ['financial_health', 'roadmap'],
        confidence: 'medium',
      },
      {
        product: 'Alma',
        title: 'Example: Alma for a public-library consortium',
        body: 'Example note: a real note would record which of our public-library workflows we saw in the demonstration and which needed another product (for example discovery or patron apps).',
        observedOn: '2026-03-12',
        sourceType: 'demo',
        sourceUrl: null,
        sourceTitle: 'Vendor demonstration (example)',
        tags: ['roadmap'],
        confidence: 'low',
      },
      marketNote('Alma', '2026-05-04'),
    ],
  },
  {
    name: 'Innovative',
    website: 'https://www.iii.com',
    headquarters: 'Emeryville, California, USA',
    status: 'acquired',
    companyNotes:
      'Innovative Interfaces; acquired by Ex Libris in January 2020 and so part of Clarivate since December 2021. Polaris came to Innovative with Polaris Library Systems in 2014.',
    supportModel: 'Vendor-hosted or on-premises, with vendor support.',
    products: [
      {
        name: 'Sierra',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://www.iii.com',
        description: 'ILS used by public and academic libraries and consortia.',
      },
      {
        name: 'Polaris',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://www.iii.com',
        description: 'ILS used mainly by public libraries.',
      },
    ],
    notes: [
      {
        product: 'Polaris',
        title: 'Example: ask about the Polaris roadmap',
        body: 'Example note: a real note would record the roadmap the vendor presented for Polaris (next releases, the staff client, patron-facing apps), with the date and who presented it.',
        observedOn: '2026-02-24',
        sourceType: 'conference',
        sourceUrl: null,
        sourceTitle: 'User group meeting (example)',
        tags: ['roadmap'],
        confidence: 'low',
      },
      marketNote('Polaris', '2026-05-04'),
      marketNote('Sierra', '2026-05-04'),
    ],
  },
  {
    name: 'SirsiDynix',
    website: 'https://www.sirsidynix.com',
    headquarters: 'Lehi, Utah, USA',
    status: 'active',
    companyNotes: 'Formed in 2005 when Sirsi and Dynix merged; both of its ILS products go back to those companies.',
    supportModel: 'Vendor-hosted or on-premises, with vendor support; BLUEcloud web applications alongside the ILS.',
    products: [
      {
        name: 'Symphony',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://www.sirsidynix.com',
        description: 'ILS from Sirsi, used by public, academic and special libraries.',
      },
      {
        name: 'Horizon',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://www.sirsidynix.com',
        description: 'ILS from Dynix, supported by SirsiDynix alongside Symphony.',
      },
    ],
    notes: [
      {
        product: 'Horizon',
        title: 'Example: confirm Horizon’s support horizon',
        body: 'Example note: a real note would record what the vendor has said, in writing, about how long Horizon will be developed and supported, and any migration offer to Symphony.',
        observedOn: '2026-02-26',
        sourceType: 'url',
        sourceUrl: 'https://www.sirsidynix.com',
        sourceTitle: 'SirsiDynix',
        tags: ['roadmap', 'support'],
        confidence: 'low',
      },
      marketNote('Symphony', '2026-05-04'),
    ],
  },
  {
    name: 'The Library Corporation',
    website: 'https://tlcdelivers.com',
    headquarters: 'Inwood, West Virginia, USA',
    status: 'active',
    companyNotes: 'Privately held library software company (TLC).',
    supportModel: 'Vendor-hosted or on-premises, with vendor support.',
    products: [
      {
        name: 'CARL·X',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://tlcdelivers.com',
        description: 'ILS for large public libraries and consortia.',
      },
      {
        name: 'Library·Solution',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['vendor_hosted', 'self_hosted'],
        website: 'https://tlcdelivers.com',
        description: 'ILS for public, school and special libraries.',
      },
    ],
    notes: [marketNote('CARL·X', '2026-05-04')],
  },
  {
    name: 'Civica',
    website: 'https://www.civica.com',
    headquarters: 'London, United Kingdom',
    status: 'active',
    companyNotes: 'Public-sector software company; Spydus is its library management system.',
    supportModel: 'Cloud service with vendor support.',
    products: [
      {
        name: 'Spydus',
        category: 'ils',
        licence: 'proprietary',
        hosting: ['saas', 'vendor_hosted'],
        website: 'https://www.civica.com',
        description: 'Library management system used by public libraries in the UK, Australia and elsewhere.',
      },
    ],
    notes: [marketNote('Spydus', '2026-05-04')],
  },
];

export const DEMO_REFERENCE_QUESTIONS: string[] = [
  'How long did the migration take from contract to go-live, and what would you do differently?',
  'How quickly does the vendor respond when something urgent breaks, such as circulation being down?',
  'How well does the system handle holds and resource sharing between your member libraries?',
  'What did you not expect in the total cost (hosting, add-on modules, yearly increases)?',
  'How well do the staff client and the public catalogue work with a screen reader or keyboard alone?',
  'Would you choose the same system again? Why or why not?',
];

export const DEMO_REFERENCE_CHECKS: DemoReferenceCheck[] = [
  {
    vendor: 'ByWater Solutions',
    product: 'Koha',
    libraryName: 'Lakeside Public Library (fictional example)',
    contactName: 'Example contact',
    checkedOn: '2026-04-14',
    rating: 4,
    summary: 'Example reference check with a fictional library, to show how a call is recorded. Not a real reference.',
    answers: [
      'Example answer: about nine months, most of it cleaning up patron and item data before the test load.',
      'Example answer: outages were answered within the hour; questions about settings took a day or two.',
      'Example answer: holds across branches worked from the start; we spent time agreeing shared circulation rules.',
      'Example answer: staff time for data clean-up and training was the biggest cost we had not planned.',
      'Example answer: the public catalogue worked well with a screen reader; a few staff screens needed a mouse.',
      'Example answer: yes — we value being able to fund and share new features.',
    ],
  },
  {
    vendor: 'Innovative',
    product: 'Polaris',
    libraryName: 'Hillcrest County Library System (fictional example)',
    contactName: 'Example contact',
    checkedOn: '2026-04-21',
    rating: 3,
    summary: 'Example reference check with a fictional library, to show how a call is recorded. Not a real reference.',
    answers: [
      'Example answer: about a year, including a delay while we chose a discovery layer.',
      'Example answer: urgent tickets were answered the same day; fixes to reported bugs took several releases.',
      'Example answer: good for a single county system; we have not tried sharing with other systems.',
      'Example answer: add-on modules for mobile and self-service were priced separately.',
      'Example answer: we have not tested with a screen reader; ask the vendor for its accessibility statement.',
      'Example answer: probably, though we would compare more options next time.',
    ],
  },
];
