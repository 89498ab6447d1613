import { AppConfig } from '@assay/api/core';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AttachmentsController } from './attachments.controller';
import {
  AttachmentResolver,
  ProductAttachmentsResolver,
  ReferenceCheckAttachmentsResolver,
  ResearchNoteAttachmentsResolver,
  VendorAttachmentsResolver,
} from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { CatalogStore } from './catalog-store';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ProductResolver, ReferenceCheckResolver, ResearchNoteResolver, VendorResolver } from './catalog.resolver';
import { ResearchService } from './research.service';
import { SearchService } from './search.service';
import { VendorsService } from './vendors.service';

/** Vendor research: vendors, products, versions, contacts, notes, reference checks, search. */
@Module({
  imports: [
    // Uploads are held in memory (no temp files to clean up) and checked before anything is stored.
    // One byte over the limit lets multer stop a larger file early; the service checks the exact size.
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
    VendorsService,
    ResearchService,
    SearchService,
    VendorResolver,
    ProductResolver,
    ResearchNoteResolver,
    ReferenceCheckResolver,
    AttachmentsService,
    AttachmentResolver,
    VendorAttachmentsResolver,
    ProductAttachmentsResolver,
    ResearchNoteAttachmentsResolver,
    ReferenceCheckAttachmentsResolver,
    ExportService,
  ],
  exports: [VendorsService, ResearchService, SearchService, AttachmentsService],
})
export class CatalogModule {}
