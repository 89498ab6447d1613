import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AttachmentsController } from './attachments/attachments.controller';
import {
  AttachmentResolver,
  ProductAttachmentsResolver,
  ReferenceCheckAttachmentsResolver,
  ResearchNoteAttachmentsResolver,
  VendorAttachmentsResolver,
} from './attachments/attachments.resolver';
import { AttachmentsService } from './attachments/attachments.service';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { CatalogStore } from './items/catalog-store';
import { ItemsResolver } from './items/items.resolver';
import { ItemsService } from './items/items.service';
import { ProductResearchResolver, ReferenceCheckResolver, ResearchNoteResolver } from './research/research.resolver';
import { ResearchService } from './research/research.service';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';
import { ProductResolver, VendorResolver } from './vendors/vendors.resolver';
import { VendorsService } from './vendors/vendors.service';

/** Vendor research: vendors, products, versions, contacts, notes, reference checks, search. */
@Module({
  imports: [
    // Uploads are received to temporary files (`streamedUpload`), checked before anything is stored,
    // and removed once answered. One byte over the limit lets multer stop a larger file early; the service checks the exact size.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.maxUploadBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
        defParamCharset: 'utf8',
      }),
      inject: [AppConfig],
    }),
  ],
  controllers: [AttachmentsController, ExportController],
  providers: [
    CatalogStore,
    ItemsService,
    ItemsResolver,
    VendorsService,
    VendorResolver,
    ProductResolver,
    ResearchService,
    ResearchNoteResolver,
    ReferenceCheckResolver,
    ProductResearchResolver,
    SearchService,
    SearchResolver,
    AttachmentsService,
    AttachmentResolver,
    VendorAttachmentsResolver,
    ProductAttachmentsResolver,
    ResearchNoteAttachmentsResolver,
    ReferenceCheckAttachmentsResolver,
    ExportService,
  ],
  exports: [ItemsService, VendorsService, ResearchService, SearchService, AttachmentsService],
})
export class CatalogModule {}
