import { AuditService } from '@assay/api/core';
import {
  ProductEntity,
  ProductVersionEntity,
  ReferenceCheckEntity,
  ReferenceQuestionEntity,
  ResearchNoteEntity,
  SettingEntity,
  UserEntity,
  VendorEntity,
} from '@assay/api/data';
import { AuditObjectType } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_REFERENCE_CHECKS, DEMO_REFERENCE_QUESTIONS, DEMO_VENDORS } from './catalog-demo-data';

const SEEDED_MARKER = 'demo_catalog_seeded';
/** The demo researcher, when the demo organisation has been created (see DemoSeeder). */
const DEMO_AUTHOR_EMAIL = 'lead@demo.assay.local';

/**
 * The demo vendor catalogue (see catalog-demo-data.ts), marked `is_demo`. Runs once per database,
 * in one transaction, and only into an empty catalogue: where anyone has added a vendor already,
 * it records that it ran and adds nothing. Safe when several processes start at once.
 */
@Injectable()
export class CatalogDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242004)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const empty = !(await manager.getRepository(VendorEntity).exists());
      if (empty) await this.seed(manager);
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      if (empty)
        this.logger.log(
          `Demo catalogue created: ${DEMO_VENDORS.length} vendors; its research notes and reference checks are examples, not research`,
        );
      return empty;
    });
  }

  private async seed(manager: EntityManager): Promise<void> {
    const author = await manager.findOneBy(UserEntity, { email: DEMO_AUTHOR_EMAIL });
    const authorId = author?.id ?? null;
    const created = (objectType: AuditObjectType, objectId: string, after: Record<string, unknown>) =>
      this.audit.record(manager, { actorId: null, objectType, objectId, action: 'created_as_demo', after });

    const products = new Map<string, string>();
    for (const demo of DEMO_VENDORS) {
      const { products: demoProducts, notes, ...fields } = demo;
      const vendor = await manager.save(manager.create(VendorEntity, { ...fields, isDemo: true }));
      await created('vendor', vendor.id, { name: vendor.name });
      const productIds = new Map<string, string>();
      for (const { versions, ...productFields } of demoProducts) {
        const product = await manager.save(
          manager.create(ProductEntity, {
            ...productFields,
            website: productFields.website ?? null,
            vendorId: vendor.id,
            isDemo: true,
          }),
        );
        await created('product', product.id, { name: product.name });
        productIds.set(product.name, product.id);
        products.set(`${vendor.name}/${product.name}`, product.id);
        for (const version of versions ?? []) {
          const saved = await manager.save(
            manager.create(ProductVersionEntity, {
              name: version.name,
              releaseDate: version.releaseDate,
              notes: version.notes ?? null,
              productId: product.id,
            }),
          );
          await created('product_version', saved.id, { name: saved.name });
        }
      }
      for (const { product, ...note } of notes) {
        const productId = product ? productIds.get(product) : null;
        if (productId === undefined)
          throw new Error(`Demo note “${note.title}” names ${product}, which ${demo.name} does not have.`);
        const saved = await manager.save(
          manager.create(ResearchNoteEntity, { ...note, vendorId: vendor.id, productId, authorId, isDemo: true }),
        );
        await created('research_note', saved.id, { title: saved.title });
      }
    }

    const questions: { id: string; text: string }[] = [];
    if (!(await manager.getRepository(ReferenceQuestionEntity).exists())) {
      for (const [position, text] of DEMO_REFERENCE_QUESTIONS.entries()) {
        const saved = await manager.save(manager.create(ReferenceQuestionEntity, { text, position, active: true }));
        await created('reference_question', saved.id, { text });
        questions.push({ id: saved.id, text });
      }
    }

    for (const check of DEMO_REFERENCE_CHECKS) {
      const productId = products.get(`${check.vendor}/${check.product}`);
      if (!productId)
        throw new Error(
          `Demo reference check names ${check.vendor}/${check.product}, which the demo catalogue does not have.`,
        );
      const answers = check.answers.map((answer, i) => ({
        questionId: questions[i]?.id ?? null,
        question: DEMO_REFERENCE_QUESTIONS[i],
        answer,
      }));
      const saved = await manager.save(
        manager.create(ReferenceCheckEntity, {
          productId,
          libraryName: check.libraryName,
          contactName: check.contactName,
          contactEmail: null,
          checkedOn: check.checkedOn,
          rating: check.rating,
          summary: check.summary,
          answers,
          authorId,
          isDemo: true,
        }),
      );
      await created('reference_check', saved.id, { libraryName: saved.libraryName });
    }
  }
}
