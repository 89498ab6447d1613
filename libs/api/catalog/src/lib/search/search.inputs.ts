import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { values } from '../items/input-rules';
import { SearchKind, SearchKindEnum } from './search.types';

@InputType()
export class CatalogSearchInput {
  @Field({ description: 'Words to find; "quoted phrases" and -excluded words work as in a web search.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter something to search for.' })
  @MaxLength(200)
  text!: string;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Limit to these kinds; all when omitted.' })
  @IsOptional()
  @IsIn(values(SearchKindEnum), { each: true })
  kinds?: SearchKind[];
}
