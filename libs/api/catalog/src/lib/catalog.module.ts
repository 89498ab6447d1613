import { Module } from '@nestjs/common';
import { CatalogStore } from './catalog-store';
import { ProductResolver, ReferenceCheckResolver, ResearchNoteResolver, VendorResolver } from './catalog.resolver';
import { ResearchService } from './research.service';
import { SearchService } from './search.service';
import { VendorsService } from './vendors.service';

/** Vendor research: vendors, products, versions, contacts, notes, reference checks, search. */
@Module({
  providers: [CatalogStore, VendorsService, ResearchService, SearchService, VendorResolver, ProductResolver, ResearchNoteResolver, ReferenceCheckResolver],
  exports: [VendorsService, ResearchService, SearchService],
})
export class CatalogModule {}
