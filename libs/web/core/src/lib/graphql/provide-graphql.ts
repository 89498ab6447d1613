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
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  }));
}
