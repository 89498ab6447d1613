import { inject, Provider } from '@angular/core';
import { InMemoryCache } from '@apollo/client/core';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/**
 * The GraphQL client: same origin, the session travels in the httpOnly cookie. POST with a JSON
 * body, which the API's CSRF prevention accepts (a cross-site form cannot send it).
 */
export function provideGraphQL(): Provider {
  return provideApollo(() => ({
    link: inject(HttpLink).create({ uri: '/graphql', withCredentials: true }),
    cache: new InMemoryCache({
      typePolicies: {
        // An evaluation's permissions have no id of their own: pages ask for different ones, and
        // each answer adds to what is known instead of replacing it (and leaving another page short).
        EvaluationPermissions: { merge: true },
      },
    }),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  }));
}
