import { AttachmentEntity } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Evidence kept with a test result: a screenshot or another file.' })
export class TestResultAttachment {
  @Field(() => ID) id!: string;
  @Field(() => ID) resultId!: string;
  @Field() fileName!: string;
  @Field({ description: 'Detected from the file’s bytes.' }) contentType!: string;
  @Field(() => Float) sizeBytes!: number;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who added it; null when unknown.' }) uploadedByName!:
    string | null;
  @Field({ description: 'Relative URL that downloads the file (readers of the plan).' }) downloadUrl!: string;

  static from(entity: AttachmentEntity, uploadedByName: string | null): TestResultAttachment {
    return Object.assign(new TestResultAttachment(), {
      id: entity.id,
      resultId: entity.ownerId,
      fileName: entity.fileName,
      contentType: entity.contentType,
      sizeBytes: entity.sizeBytes,
      uploadedAt: entity.uploadedAt,
      uploadedByName,
      downloadUrl: `/api/test-results/${entity.ownerId}/attachments/${entity.id}`,
    });
  }
}
