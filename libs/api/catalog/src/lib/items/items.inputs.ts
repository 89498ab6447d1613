import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID } from 'class-validator';
import { values } from './input-rules';
import { CatalogKind, CatalogKindEnum } from './items.types';

@InputType()
export class CatalogItemRef {
  @Field(() => CatalogKindEnum) @IsIn(values(CatalogKindEnum)) kind!: CatalogKind;
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version you saw.' }) @IsInt() version!: number;
}
