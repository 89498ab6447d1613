// The baseline of `npm run bench:api`: a bare Apollo Server on Express, the same versions as the
// API, answering `me` and a 20-item list from memory. Started as a process of its own on PORT;
// prints "listening" when it accepts requests.
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
const resolvers = {
  Query: {
    me: () => me,
    vendors: (_parent, { page }) => {
      const offset = page?.offset ?? 0;
      const limit = page?.limit ?? 20;
      return { items: vendors.slice(offset, offset + limit), total: vendors.length };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
