import { DepartmentEntity, MemberLibraryEntity, UserEntity } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GlobalRole } from '@assay/domain';
import { GlobalRoleEnum } from '../graphql/enums';

@ObjectType({ description: 'A library that belongs to the consortium.' })
export class MemberLibrary {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Short code used in reports.' }) code!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;

  static from(entity: MemberLibraryEntity): MemberLibrary {
    return Object.assign(new MemberLibrary(), {
      id: entity.id,
      name: entity.name,
      code: entity.code,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'A department of the consortium.' })
export class Department {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Prefix for requirement codes, e.g. CIRC.' }) code!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;

  static from(entity: DepartmentEntity): Department {
    return Object.assign(new Department(), {
      id: entity.id,
      name: entity.name,
      code: entity.code,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'A person who signs in to Assay.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => GlobalRoleEnum) globalRole!: GlobalRole;
  @Field() active!: boolean;
  @Field({ description: 'The person must choose a new password at next sign-in.' }) mustChangePassword!: boolean;
  @Field({ description: 'Created as demo data.' }) isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
  memberLibraryId!: string | null;
  departmentId!: string | null;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      globalRole: entity.globalRole,
      active: entity.active,
      mustChangePassword: entity.mustChangePassword,
      isDemo: entity.isDemo,
      lastLoginAt: entity.lastLoginAt,
      createdAt: entity.createdAt,
      version: entity.version,
      memberLibraryId: entity.memberLibraryId,
      departmentId: entity.departmentId,
    });
  }
}
