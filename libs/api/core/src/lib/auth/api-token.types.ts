import { ApiTokenEntity } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A personal API token: lets a script or CI job act as you (Authorization: Bearer), within what you may do, until it expires or you revoke it.',
})
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field({ description: 'What it is for, as you named it (unique among your live tokens).' }) name!: string;
  @Field({
    description: 'Its first characters (e.g. "assay_pat_AbCdEf"), to recognise it; the rest is never shown again.',
  })
  prefix!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it stops working by itself.' }) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Its latest use, to within about a minute; null when never used.',
  })
  lastUsedAt!: Date | null;
  @Field({ description: 'It has expired and no longer works.' }) expired!: boolean;

  static from(entity: ApiTokenEntity, now = new Date()): ApiToken {
    return Object.assign(new ApiToken(), {
      id: entity.id,
      name: entity.name,
      prefix: entity.prefix,
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      lastUsedAt: entity.lastUsedAt,
      expired: entity.expiresAt.getTime() <= now.getTime(),
    });
  }
}

@ObjectType({ description: 'A token just created, with its secret: the only time the secret is returned.' })
export class CreatedApiToken {
  @Field(() => ApiToken) token!: ApiToken;
  @Field({
    description: 'The whole token (assay_pat_…). Copy it now: it is stored only as a hash and cannot be shown again.',
  })
  secret!: string;
}
