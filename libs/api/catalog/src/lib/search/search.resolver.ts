import { CurrentActor, ExpensiveField, PageInput, RequestActor } from '@assay/api/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CatalogSearchInput } from './search.inputs';
import { SearchService } from './search.service';
import { SearchResult } from './search.types';

/** The catalogue's search box. */
@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @ExpensiveField(100)
  @Query(() => SearchResult, {
    description:
      'Full-text search over vendors, products, research notes, and the requirements and test cases the person may read, best match first.',
  })
  catalogSearch(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CatalogSearchInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<SearchResult> {
    return this.searchService.search(actor, input, page);
  }
}
