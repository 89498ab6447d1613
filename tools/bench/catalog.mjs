#!/usr/bin/env node
// `npm run bench:catalog`: the vendor catalogue at consortium scale.
//
// Seeds 2,000 vendors, ~4,000 products, ~8,000 versions, 20,000 research notes and ~2,000
// reference checks into the database in DATABASE_URL (an empty database: the script applies the
// migrations) or, without it, into a fresh embedded data directory that is removed afterwards.
// Then starts the built API (build it first: npx nx run api:build) against that database and times
// the catalogue's GraphQL operations, each several times, reporting the median. In the same run it
// times plain SQL and a GraphQL no-op as baselines and prints every result as a ratio to them:
// these machines are noisy, so only ratios from one run mean anything. Nothing is asserted.
//
// Options (environment):
//   DATABASE_URL       PostgreSQL database to fill (must have no vendors yet); default: embedded
//   BENCH_REPS         timed repetitions per operation (default 15, after 3 warm-ups)
//   BENCH_API_DIR      the built API (default dist/apps/api)
//   BENCH_KEEP=1       keep the embedded data directory and print where it is
import { randomUUID } from 'node:crypto';
import {
  benchDatabase,
  graphql,
  num,
  openEmptyDatabase,
  pad,
  random,
  removeDataDir,
  runBenchmark,
  signIn,
  startApi,
  time,
  timeRequest,
  WARMUP,
} from './support.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 15);
const SIZE = { vendors: 2000, products: 4000, notes: 20000, checks: 2000 };

// ---- deterministic, varied text ------------------------------------------------------------

const rand = random(20260501);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** Skewed choice: low indexes far more often (a few vendors carry most of the research). */
const skewed = (n) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), 2.2)));

const NAME_FIRST =
  'Northwind Riverbend Harbor Summit Cedar Lakeside Granite Beacon Meridian Aurora Cobalt Evergreen Juniper Keystone Lantern Maple Orchard Pinnacle Quarry Redwood Sierra Tidewater Union Vantage Willow Alder Birch Canyon Delta Ember Falcon Glacier Horizon Iris Jasper Kestrel Linden Mosaic Nimbus Oakridge Prairie Quill Ridgeline Sparrow Thistle Upland Valley Westbrook Yarrow Zephyr Atlas Bramble Compass Driftwood Elmstead Foxglove Greystone Hollow Inkwell'.split(
    ' ',
  );
const NAME_SECOND =
  'Library Systems|Information Services|Software|Technologies|Data|Digital|Learning|Knowledge Systems|Solutions|Labs|Networks|Open Library|Catalog Works|Archives|Reading Technologies|Cloud Services'.split(
    '|',
  );
const NAME_SUFFIX = [
  '',
  '',
  '',
  ' Inc.',
  ' Ltd',
  ' GmbH',
  ' Oy',
  ' AB',
  ' LLC',
  ' Pty Ltd',
  ' SA',
  ' Cooperative',
  ' Foundation',
];
const PLACES =
  'Austin, Texas|Portland, Oregon|Columbus, Ohio|Toronto, Ontario|Vancouver, British Columbia|Leeds, United Kingdom|Bristol, United Kingdom|Dublin, Ireland|Utrecht, Netherlands|Aarhus, Denmark|Tampere, Finland|Lyon, France|Genève, Suisse|Zürich, Switzerland|Graz, Austria|Kraków, Poland|Brisbane, Australia|Wellington, New Zealand|Cape Town, South Africa|Raleigh, North Carolina|Madison, Wisconsin|Boulder, Colorado|Halifax, Nova Scotia|Göteborg, Sweden|Bilbao, Spain'.split(
    '|',
  );
const PRODUCT_WORDS =
  'Catalyst Shelf Stacks Folio Ledger Compass Circulate Beacon Lumen Archive Scribe Index Atlas Canopy Harbor Quarto Vellum Codex Reader Commons Gateway Portal Nexus Spine Margin Colophon Octavo Bindery Carrel Almanac'.split(
    ' ',
  );
const PRODUCT_SUFFIX = [
  '',
  ' ILS',
  ' Cloud',
  ' LSP',
  ' Discovery',
  ' ERM',
  ' Next',
  ' Pro',
  ' Open',
  ' Platform',
  ' Suite',
  ' Library',
  ' Hub',
  ' Online',
  ' Enterprise',
  ' Express',
  ' Edge',
  ' One',
  ' Plus',
];
const CATEGORIES = ['ils', 'ils', 'ils', 'lsp', 'discovery', 'erm', 'digital_repository', 'other'];
const HOSTING = ['saas', 'vendor_hosted', 'self_hosted'];
const TAGS = ['financial_health', 'install_base', 'roadmap', 'support', 'security', 'accessibility', 'pricing'];
const SOURCES = ['url', 'url', 'url', 'document', 'demo', 'reference_call', 'conference', 'other'];
const STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'watch', 'acquired', 'inactive'];

const TOPICS = {
  financial_health:
    'revenue profit funding investors acquisition merger ownership layoffs hiring growth debt valuation private equity annual report subsidiary'.split(
      ' ',
    ),
  install_base:
    'libraries consortia installations customers contracts migrations branches members public academic school county regional statewide'.split(
      ' ',
    ),
  roadmap:
    'release roadmap upgrade features development modules interface redesign apis integration analytics mobile app linked data bibframe rda'.split(
      ' ',
    ),
  support:
    'support helpdesk tickets response outage uptime training documentation onboarding account manager escalation hours community forum'.split(
      ' ',
    ),
  security:
    'security encryption authentication sso saml ldap patches vulnerability audit backups privacy gdpr penetration test hosting datacentre'.split(
      ' ',
    ),
  accessibility:
    'accessibility wcag screen reader keyboard contrast captions vpat conformance usability patrons staff client catalogue'.split(
      ' ',
    ),
  pricing:
    'pricing quote licence subscription fees implementation costs renewal increase discount budget invoice hosting tier'.split(
      ' ',
    ),
};
const LIBRARY_WORDS =
  'circulation cataloguing acquisitions serials holds patrons interlibrary loans marc records authority control self checkout rfid fines notices reports statistics discovery layer opac ebooks audiobooks overdrive resource sharing courier floating collections barcode inventory'.split(
    ' ',
  );
const FILLER =
  'the vendor said that their new approach to the current system would help our staff and members during the next year while the team reviewed several options with care'.split(
    ' ',
  );
const VERBS = [
  'confirmed',
  'reported',
  'announced',
  'described',
  'demonstrated',
  'promised',
  'explained',
  'showed',
  'noted',
  'claimed',
];

function sentence(tags) {
  const topic = TOPICS[pick(tags)];
  const words = [];
  const length = int(10, 22);
  for (let i = 0; i < length; i++) {
    const r = rand();
    words.push(r < 0.3 ? pick(topic) : r < 0.5 ? pick(LIBRARY_WORDS) : pick(FILLER));
  }
  words.splice(int(1, 3), 0, pick(VERBS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function noteTitle(tags) {
  const topic = TOPICS[tags[0]];
  const words = [pick(topic), pick(LIBRARY_WORDS), pick(topic), pick(topic)].slice(0, int(2, 4));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${pick(['update', 'findings', 'at the user group', 'in the proposal', 'from the reference call', 'concerns', 'plans', 'review'])}`;
}

const isoDate = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const someDate = (from = 2016, to = 2026) => isoDate(int(from, to), int(1, 12), int(1, 28));

function generate() {
  const vendors = [];
  const names = new Set();
  while (vendors.length < SIZE.vendors) {
    let name = `${pick(NAME_FIRST)} ${pick(NAME_SECOND)}${pick(NAME_SUFFIX)}`;
    if (names.has(name.toLowerCase())) name = `${name} ${pick(PLACES).split(',')[0]}`;
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    vendors.push({
      id: randomUUID(),
      name,
      website: `https://${slug}.example.com`,
      headquarters: pick(PLACES),
      company_notes: `${sentence(['financial_health', 'install_base'])} ${sentence(['financial_health'])}`,
      support_model: sentence(['support']),
      status: pick(STATUSES),
    });
  }

  const products = [];
  const versions = [];
  for (let i = 0; i < SIZE.products; i++) {
    // Most vendors have one to three products; some have none.
    const vendor = vendors[i < SIZE.vendors * 0.8 ? i % Math.floor(SIZE.vendors * 0.8) : skewed(SIZE.vendors)];
    const taken = new Set(products.filter((p) => p.vendor_id === vendor.id).map((p) => p.name.toLowerCase()));
    let name = `${pick(PRODUCT_WORDS)}${pick(PRODUCT_SUFFIX)}`;
    while (taken.has(name.toLowerCase())) name = `${pick(PRODUCT_WORDS)}${pick(PRODUCT_SUFFIX)} ${int(2, 99)}`;
    const hosting = HOSTING.filter(() => rand() < 0.5);
    const product = {
      id: randomUUID(),
      vendor_id: vendor.id,
      name,
      category: pick(CATEGORIES),
      licence: rand() < 0.25 ? 'open_source' : 'proprietary',
      hosting: `{${(hosting.length > 0 ? hosting : ['saas']).join(',')}}`,
      description: `${sentence(['roadmap'])} ${sentence(['install_base', 'roadmap'])}`,
    };
    products.push(product);
    const year = int(2018, 2023);
    for (let v = 0; v < int(1, 3); v++)
      versions.push({
        id: randomUUID(),
        product_id: product.id,
        name: `${year + v}.${int(1, 12)}`,
        release_date: isoDate(year + v, int(1, 12), int(1, 28)),
      });
  }
  const productsOf = new Map();
  for (const product of products)
    productsOf.set(product.vendor_id, [...(productsOf.get(product.vendor_id) ?? []), product]);

  const notes = [];
  for (let i = 0; i < SIZE.notes; i++) {
    const vendor = vendors[skewed(SIZE.vendors)];
    const own = productsOf.get(vendor.id) ?? [];
    const tags = TAGS.filter(() => rand() < 0.22);
    if (tags.length === 0) tags.push(pick(TAGS));
    const sourceType = pick(SOURCES);
    notes.push({
      id: randomUUID(),
      vendor_id: vendor.id,
      product_id: own.length > 0 && rand() < 0.6 ? pick(own).id : null,
      title: noteTitle(tags),
      body: Array.from({ length: int(2, 6) }, () => sentence(tags)).join(' '),
      observed_on: someDate(2019, 2026),
      source_type: sourceType,
      source_url: sourceType === 'url' ? `https://news.example.org/${int(1000, 99999)}` : null,
      source_title:
        sourceType === 'url'
          ? `${pick(['Library Journal', 'Trade press', 'Vendor blog', 'Press release', 'Annual report'])} ${int(2019, 2026)}`
          : null,
      tags: `{${tags.join(',')}}`,
      confidence: pick(['low', 'medium', 'medium', 'high']),
    });
  }

  const checks = [];
  for (let i = 0; i < SIZE.checks; i++) {
    const product = products[skewed(products.length)];
    checks.push({
      id: randomUUID(),
      product_id: product.id,
      library_name: `${pick(NAME_FIRST)} ${pick(['Public Library', 'County Library', 'Regional Library', 'City Libraries', 'Library District'])}`,
      checked_on: someDate(2021, 2026),
      rating: int(1, 5),
      summary: sentence(['support', 'install_base']),
      answers: '[]',
    });
  }
  return { vendors, products, versions, notes, checks };
}

// ---- databases -------------------------------------------------------------------------------

/** Each table's generated columns; every table but product_version also has is_demo (false here). */
const COLUMNS = {
  vendor: 'id uuid, name text, website text, headquarters text, company_notes text, support_model text, status text',
  product: 'id uuid, vendor_id uuid, name text, category text, licence text, hosting text[], description text',
  product_version: 'id uuid, product_id uuid, name text, release_date date',
  research_note:
    'id uuid, vendor_id uuid, product_id uuid, title text, body text, observed_on date, source_type text, source_url text, source_title text, tags text[], confidence text',
  reference_check:
    'id uuid, product_id uuid, library_name text, checked_on date, rating smallint, summary text, answers jsonb',
};

/** Bulk INSERT: batches of rows sent as one JSON parameter and expanded by json_to_recordset. */
async function insert(sql, table, rows) {
  const names = COLUMNS[table].split(', ').map((column) => column.split(' ')[0]);
  const [into, values] =
    table === 'product_version'
      ? [names, names]
      : [
          [...names, 'is_demo'],
          [...names, 'false'],
        ];
  for (let i = 0; i < rows.length; i += 1000) {
    await sql.query(
      `INSERT INTO ${table} (${into.join(', ')}) SELECT ${values.join(', ')} FROM json_to_recordset($1::json) AS x(${COLUMNS[table]})`,
      [JSON.stringify(rows.slice(i, i + 1000))],
    );
  }
}

// ---- timing ----------------------------------------------------------------------------------

const VENDOR_SUMMARY =
  'fragment VendorSummary on Vendor { id name status website headquarters isDemo productCount noteCount updatedAt archivedAt version }';
const NOTE_FIELDS = `fragment AttachmentFields on Attachment { id ownerKind ownerId fileName contentType sizeBytes uploadedAt uploadedByName downloadUrl }
  fragment ResearchNoteFields on ResearchNote {
    id vendorId productId product { id name } title body observedOn sourceType sourceUrl sourceTitle tags confidence authorName isDemo archivedAt createdAt updatedAt version
    attachments { ...AttachmentFields }
  }`;
// The web app's own queries (libs/web/catalog/src/lib/*.graphql).
const VENDORS = `query Vendors($filter: VendorFilter, $page: PageInput, $sort: VendorSort) { vendors(filter: $filter, page: $page, sort: $sort) { total items { ...VendorSummary } } } ${VENDOR_SUMMARY}`;
const NOTES = `query ResearchNotes($filter: ResearchNoteFilter, $page: PageInput) { researchNotes(filter: $filter, page: $page) { total items { ...ResearchNoteFields } } } ${NOTE_FIELDS}`;
const SEARCH = `query CatalogSearch($input: CatalogSearchInput!, $page: PageInput) { catalogSearch(input: $input, page: $page) { total items { id kind title vendorId vendorName productId snippet { text match } } } }`;

async function main() {
  const { url, dataDir, env } = benchDatabase();
  let api;
  let sql;
  try {
    sql = await openEmptyDatabase('Catalogue benchmark', { url, dataDir, env }, 'vendor', 'vendors');
    const data = generate();
    const started = performance.now();
    await insert(sql, 'vendor', data.vendors);
    await insert(sql, 'product', data.products);
    await insert(sql, 'product_version', data.versions);
    await insert(sql, 'research_note', data.notes);
    await insert(sql, 'reference_check', data.checks);
    // The steady state a server reaches by autovacuum: statistics and the visibility map (index-only scans).
    await sql.query('VACUUM ANALYZE');
    const [{ server_version: pgVersion }] = await sql.query('SHOW server_version');
    process.stdout.write(
      `Seeded ${data.vendors.length} vendors, ${data.products.length} products, ${data.versions.length} versions, ${data.notes.length} notes, ${data.checks.length} reference checks in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${pgVersion})\n`,
    );

    // The busiest vendor: the worst case for a vendor's notes.
    const [busiest] = await sql.query(
      `SELECT v.id, v.name, count(*)::int AS notes FROM research_note n JOIN vendor v ON v.id = n.vendor_id GROUP BY v.id, v.name ORDER BY notes DESC LIMIT 1`,
    );
    const someName = data.vendors[777].name;

    // Plain SQL baselines on the same data (for PGlite: before the API opens the directory).
    const SCAN = 'SELECT sum(length(title)) FROM research_note';
    const baselines = {
      'SQL scan: sum(length(title)) FROM research_note': await time(() => sql.query(SCAN), REPS),
      'SQL count(*) FROM research_note': await time(() => sql.query('SELECT count(*) FROM research_note'), REPS),
      'SQL vendor by lower(name) (index)': await time(
        () => sql.query('SELECT id, name FROM vendor WHERE lower(name) = lower($1)', [someName]),
        REPS,
      ),
    };
    if (!url) {
      await sql.close();
      sql = undefined;
    }

    api = await startApi(env);
    const token = await signIn(api);

    /** Times one request: median round trip, and median time inside the server (from its request log). */
    const timed = (request, reps = REPS) => timeRequest(api, token, request, reps);
    const gqlTimed = (query, variables) => timed((headers) => graphql(api, query, variables, headers));
    const exportTimed = () =>
      timed(
        async (headers) => {
          const response = await fetch(`${api.url}/api/export/vendors.csv`, { headers });
          if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
          await response.arrayBuffer();
        },
        Math.max(3, Math.floor(REPS / 3)),
      );

    const page = { offset: 0, limit: 50 };
    const results = [
      ['GraphQL no-op { me { id } }', await gqlTimed('query Me { me { id } }')],
      ['vendors: first page by name', await gqlTimed(VENDORS, { page, sort: { field: 'NAME', direction: 'ASC' } })],
      [
        'vendors: first page by note count',
        await gqlTimed(VENDORS, { page, sort: { field: 'NOTE_COUNT', direction: 'DESC' } }),
      ],
      [
        'vendors: search "harbor"',
        await gqlTimed(VENDORS, { page, filter: { search: 'harbor' }, sort: { field: 'NAME', direction: 'ASC' } }),
      ],
      [
        `researchNotes: one vendor (${busiest.notes} notes), tag ROADMAP`,
        await gqlTimed(NOTES, { page, filter: { vendorId: busiest.id, tags: ['ROADMAP'] } }),
      ],
      [
        'catalogSearch: "cloud migration"',
        await gqlTimed(SEARCH, { input: { text: 'cloud migration' }, page: { offset: 0, limit: 20 } }),
      ],
      ['export: vendors.csv (every vendor and product)', await exportTimed()],
    ];
    if (url) {
      baselines['SQL scan (again, with the API running)'] = await time(() => sql.query(SCAN), REPS);
    }

    const base = baselines['SQL scan: sum(length(title)) FROM research_note'];
    const noop = results[0][1].total;
    process.stdout.write(
      `\nMedians of ${REPS} runs after ${WARMUP} warm-ups (ms). Ratios compare with baselines from this run.\n\n`,
    );
    process.stdout.write(`${pad('baseline', 58)}${pad('ms', 10)}\n`);
    for (const [name, ms] of Object.entries(baselines)) process.stdout.write(`${pad(name, 58)}${pad(num(ms), 10)}\n`);
    process.stdout.write(
      `\n${pad('operation', 58)}${pad('round trip', 12)}${pad('in server', 12)}${pad('× no-op', 10)}${pad('× SQL scan', 12)}\n`,
    );
    for (const [name, { total, server }] of results) {
      process.stdout.write(
        `${pad(name, 58)}${pad(num(total), 12)}${pad(num(server), 12)}${pad(`${(total / noop).toFixed(1)}×`, 10)}${pad(`${(total / base).toFixed(1)}×`, 12)}\n`,
      );
    }
  } finally {
    await api?.stop();
    await sql?.close();
    removeDataDir(dataDir);
  }
}

runBenchmark(main);
