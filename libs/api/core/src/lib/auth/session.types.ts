import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'One place where you are signed in: a sign-in from a browser or an API client that has not ended.',
})
export class UserSession {
  @Field(() => ID) id!: string;
  @Field({ description: 'This is the session making the request.' }) current!: boolean;
  @Field({ description: 'The browser or client, described from its User-Agent (e.g. "Firefox on Windows").' })
  device!: string;
  @Field(() => String, { nullable: true, description: 'The User-Agent it signed in with.' }) userAgent!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The address it signed in from, as the API sees it (behind a proxy, see ASSAY_TRUST_PROXY).',
  })
  clientAddress!: string | null;
  @Field(() => GraphQLISODateTime) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'Its latest request, to within about a minute.' }) lastSeenAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it ends by itself (ASSAY_SESSION_HOURS after the sign-in).' })
  expiresAt!: Date;
}
