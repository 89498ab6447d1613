import {
  AccessPolicy,
  badInput,
  EditTarget,
  DEFAULT_PAGE,
  notFound,
  PageInput,
  prefixQuery,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  ProductEntity,
  ReferenceCheckEntity,
  ReferenceQuestionEntity,
  ResearchNoteEntity,
  VendorEntity,
} from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogStore, pick } from '../items/catalog-store';
import {
  CreateReferenceCheckInput,
  CreateResearchNoteInput,
  ReferenceAnswerInput,
  ReferenceQuestionInput,
  ResearchNoteFilter,
  UpdateReferenceCheckInput,
  UpdateResearchNoteInput,
} from './research.inputs';
import { ReferenceCheck, ReferenceQuestion, ReferenceSummary, ResearchNote, ResearchNotePage } from './research.types';

const NOTE_FIELDS = [
  'productId',
  'title',
  'body',
  'observedOn',
  'sourceType',
  'sourceUrl',
  'sourceTitle',
  'tags',
  'confidence',
] as const;
const CHECK_FIELDS = [
  'libraryName',
  'contactName',
  'contactEmail',
  'checkedOn',
  'rating',
  'summary',
  'answers',
] as const;

const QUESTION: EditTarget<ReferenceQuestionEntity> = {
  entity: ReferenceQuestionEntity,
  objectType: 'reference_question',
  missing: 'The question',
  describe: () => 'The question',
};

/** Research notes, reference checks and their questions. */
@Injectable()
export class ResearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly store: CatalogStore,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- research notes --------------------------------------------------------------------

  /** Newest finding first. */
  async notes(
    actor: RequestActor,
    filter: ResearchNoteFilter = { archived: false },
    page: PageInput = DEFAULT_PAGE,
  ): Promise<ResearchNotePage> {
    const query = this.dataSource.getRepository(ResearchNoteEntity).createQueryBuilder('n');
    query.where(filter.archived ? 'n.archived_at IS NOT NULL' : 'n.archived_at IS NULL');
    if (filter.vendorId) query.andWhere('n.vendor_id = :vendorId', { vendorId: filter.vendorId });
    if (filter.productId) query.andWhere('n.product_id = :productId', { productId: filter.productId });
    if (filter.tags && filter.tags.length > 0) query.andWhere('n.tags && :tags::text[]', { tags: filter.tags });
    const words = filter.search ? prefixQuery(filter.search) : null;
    if (words)
      query.andWhere(`(n.search @@ to_tsquery('simple', :words) OR n.search @@ to_tsquery('english', :words))`, {
        words,
      });
    const [rows, total] = await query
      .orderBy('n.observed_on', 'DESC')
      .addOrderBy('n.created_at', 'DESC')
      .addOrderBy('n.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items: rows.map((row) => ResearchNote.from(row)), total };
  }

  async note(actor: RequestActor, id: string): Promise<ResearchNote> {
    const row = await this.dataSource.getRepository(ResearchNoteEntity).findOneBy({ id });
    if (!row) throw notFound('The research note');
    return ResearchNote.from(row);
  }

  async createNote(actor: RequestActor, input: CreateResearchNoteInput): Promise<ResearchNote> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const vendor = await manager.getRepository(VendorEntity).findOneBy({ id: input.vendorId });
      if (!vendor) throw notFound('The vendor');
      await this.assertProductOfVendor(manager, input.productId, vendor.id);
      const values = {
        ...pick(input, NOTE_FIELDS),
        body: input.body?.trim() ?? '',
        tags: [...new Set(input.tags ?? [])],
        confidence: input.confidence ?? 'medium',
        vendorId: vendor.id,
        authorId: actor.id,
      };
      return ResearchNote.from(
        await this.store.create<ResearchNoteEntity>(manager, actor, 'research_note', values, [
          'vendorId',
          ...NOTE_FIELDS,
        ]),
      );
    });
  }

  async updateNote(actor: RequestActor, input: UpdateResearchNoteInput): Promise<ResearchNote> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<ResearchNoteEntity>(manager, 'research_note', input.id, input.version);
      if (input.productId) await this.assertProductOfVendor(manager, input.productId, row.vendorId);
      const changes = {
        ...input,
        body: input.body === undefined ? undefined : (input.body ?? '').trim(),
        tags: input.tags ? [...new Set(input.tags)] : undefined,
      } as Partial<ResearchNoteEntity>;
      const saved = await this.store.update(manager, actor, 'research_note', row, changes, [...NOTE_FIELDS]);
      if (saved.body === null) saved.body = '';
      return ResearchNote.from(saved);
    });
  }

  private async assertProductOfVendor(
    manager: EntityManager,
    productId: string | null | undefined,
    vendorId: string,
  ): Promise<void> {
    if (!productId) return;
    const product = await manager.getRepository(ProductEntity).findOneBy({ id: productId });
    if (!product || product.vendorId !== vendorId) {
      throw badInput('That product does not belong to this vendor.', [
        { field: 'productId', problems: ['Choose one of this vendor’s products.'] },
      ]);
    }
  }

  // ---- reference checks ------------------------------------------------------------------

  /** The reference checks of several products in one query, newest first. */
  async referenceChecksOfProducts(
    actor: RequestActor,
    productIds: readonly string[],
    includeArchived: boolean,
  ): Promise<Map<string, ReferenceCheck[]>> {
    const query = this.dataSource
      .getRepository(ReferenceCheckEntity)
      .createQueryBuilder('r')
      .where('r.product_id IN (:...productIds)', { productIds: [...productIds] });
    if (!includeArchived) query.andWhere('r.archived_at IS NULL');
    const rows = await query.orderBy('r.checked_on', 'DESC').addOrderBy('r.created_at', 'DESC').getMany();
    const byProduct = new Map<string, ReferenceCheck[]>(productIds.map((id) => [id, []]));
    for (const row of rows) byProduct.get(row.productId)?.push(ReferenceCheck.from(row));
    return byProduct;
  }

  /** Per product: how many current checks, their mean rating, the latest date. */
  async referenceSummaries(productIds: readonly string[]): Promise<Map<string, ReferenceSummary>> {
    const rows = await this.dataSource.query(
      `SELECT product_id, count(*)::int AS count, avg(rating)::float AS mean, max(checked_on)::text AS latest
         FROM reference_check WHERE product_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY product_id`,
      [productIds],
    );
    const byProduct = new Map<string, ReferenceSummary>();
    for (const row of rows as { product_id: string; count: number; mean: number; latest: string }[]) {
      byProduct.set(row.product_id, {
        count: row.count,
        meanRating: Math.round(row.mean * 100) / 100,
        latestCheckedOn: row.latest,
      });
    }
    return byProduct;
  }

  async createReferenceCheck(actor: RequestActor, input: CreateReferenceCheckInput): Promise<ReferenceCheck> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const product = await manager.getRepository(ProductEntity).findOneBy({ id: input.productId });
      if (!product) throw notFound('The product');
      const values = {
        ...pick(input, CHECK_FIELDS),
        answers: cleanAnswers(input.answers),
        productId: product.id,
        authorId: actor.id,
      };
      return ReferenceCheck.from(
        await this.store.create<ReferenceCheckEntity>(manager, actor, 'reference_check', values, [
          'productId',
          ...CHECK_FIELDS,
        ]),
      );
    });
  }

  async updateReferenceCheck(actor: RequestActor, input: UpdateReferenceCheckInput): Promise<ReferenceCheck> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockForEdit<ReferenceCheckEntity>(
        manager,
        'reference_check',
        input.id,
        input.version,
      );
      const changes = {
        ...input,
        answers: input.answers ? cleanAnswers(input.answers) : undefined,
      } as Partial<ReferenceCheckEntity>;
      return ReferenceCheck.from(
        await this.store.update(manager, actor, 'reference_check', row, changes, [...CHECK_FIELDS]),
      );
    });
  }

  async questions(actor: RequestActor, includeInactive = false): Promise<ReferenceQuestion[]> {
    const rows = await this.dataSource
      .getRepository(ReferenceQuestionEntity)
      .find({ where: includeInactive ? {} : { active: true }, order: { position: 'ASC', createdAt: 'ASC' } });
    return rows.map((row) => ReferenceQuestion.from(row));
  }

  async saveQuestion(actor: RequestActor, input: ReferenceQuestionInput): Promise<ReferenceQuestion> {
    await this.access.requireCatalogueEditor(actor);
    return this.dataSource.transaction(async (manager) => {
      if (!input.id) {
        const last = await manager
          .getRepository(ReferenceQuestionEntity)
          .createQueryBuilder('q')
          .select('max(q.position)', 'max')
          .getRawOne<{ max: number | null }>();
        const values = {
          text: input.text.trim(),
          position: input.position ?? (last?.max ?? -1) + 1,
          active: input.active ?? true,
        };
        const saved = await this.edit.create(manager, actor, QUESTION, values, (row) => ({ text: row.text }));
        return ReferenceQuestion.from(saved);
      }
      const row = await this.edit.lock(manager, QUESTION, input.id);
      if (input.version === undefined)
        throw badInput('Send the version you edited.', [{ field: 'version', problems: ['Required when editing.'] }]);
      await this.edit.assertVersion(manager, QUESTION, row, input.version);
      const changes = { text: input.text.trim(), position: input.position, active: input.active };
      const saved = await this.edit.update(manager, actor, QUESTION, row, changes, ['text', 'position', 'active']);
      return ReferenceQuestion.from(saved);
    });
  }
}

function cleanAnswers(
  answers: ReferenceAnswerInput[] | undefined,
): { questionId: string | null; question: string; answer: string }[] {
  return (answers ?? []).map((a) => ({
    questionId: a.questionId ?? null,
    question: a.question.trim(),
    answer: a.answer.trim(),
  }));
}
