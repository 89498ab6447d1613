// The baseline of `npm run bench:api`: a bare Apollo Server on Express, the same versions as the
// API, answering `me` and a 20-item list from memory. Started as a process of its own on PORT;
// prints "listening" when it accepts requests.
//
// With BARE_DATABASE_URL it answers each from the API's database instead, with the one statement
// the API sends for it (node-postgres, a pool of 10 like the API's), and with BARE_DATA_DIR from an
// embedded one (PGlite, with the API's page cache of 32 MB): what a request costs with nothing
// between Apollo and the database, so that the API's own share can be told from the database's.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const typeDefs = `#graphql
  type User { id: ID! email: String! displayName: String! }
  type Vendor { id: ID! name: String! }
  type VendorPage { items: [Vendor!]! total: Int! }
  input PageInput { limit: Int offset: Int }
  type Query { me: User! vendors(page: PageInput): VendorPage! }
`;
const vendors = Array.from({ length: 200 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Vendor ${i}`,
}));
const me = { id: '00000000-0000-4000-8000-000000000001', email: 'bench@bench.invalid', displayName: 'Bench' };
async function openDatabase() {
  if (process.env.BARE_DATABASE_URL) {
    const { default: pg } = await import('pg');
    return new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10 });
  }
  if (process.env.BARE_DATA_DIR) {
    const { PGlite } = await import('@electric-sql/pglite');
    return PGlite.create(process.env.BARE_DATA_DIR, {
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
    });
  }
  return undefined;
}
const db = await openDatabase();
const someone = db && (await db.query('SELECT id FROM app_user ORDER BY created_at LIMIT 1')).rows[0].id;
const fromDatabase = {
  Query: {
    me: async () => {
      const [user] = (await db.query('SELECT * FROM app_user WHERE id = $1', [someone])).rows;
      return { id: user.id, email: user.email, displayName: user.display_name };
    },
    vendors: async (_parent, { page }) => {
      // The vendor list's statement (libs/api/catalog VendorsService.list), total included.
      const { rows } = await db.query(
        `SELECT v.id, v.name, v.website, v.headquarters, v.company_notes, v.support_model, v.status, v.is_demo,
                v.archived_at, v.created_by, v.created_at, v.updated_at, v.version,
                (SELECT count(*) FROM product p WHERE p.vendor_id = v.id AND p.archived_at IS NULL)::int AS "productCount",
                (SELECT count(*) FROM research_note n WHERE n.vendor_id = v.id AND n.archived_at IS NULL)::int AS "noteCount",
                (count(*) OVER ())::int AS total
           FROM vendor v WHERE v.archived_at IS NULL ORDER BY lower(v.name) ASC, v.id ASC LIMIT $1 OFFSET $2`,
        [page?.limit ?? 20, page?.offset ?? 0],
      );
      return { items: rows.map((r) => ({ id: r.id, name: r.name })), total: rows[0]?.total ?? 0 };
    },
  },
};
const fromMemory = {
  Query: {
    me: () => me,
    vendors: (_parent, { page }) => {
      const offset = page?.offset ?? 0;
      const limit = page?.limit ?? 20;
      return { items: vendors.slice(offset, offset + limit), total: vendors.length };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers: db ? fromDatabase : fromMemory });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
