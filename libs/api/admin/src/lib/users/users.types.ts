import { User } from '@assay/api/core';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class UserPage {
  @Field(() => [User]) items!: User[];
  @Field(() => Int, { description: 'All matches, not only this page.' }) total!: number;
}
