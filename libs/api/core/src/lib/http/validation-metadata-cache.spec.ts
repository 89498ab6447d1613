import { getMetadataStorage, IsInt, Max, MetadataStorage, validate, ValidationTypes } from 'class-validator';
import { ValidationMetadata } from 'class-validator/cjs/metadata/ValidationMetadata';
import { rememberValidationMetadata } from './validation-metadata-cache';

class Page {
  @IsInt()
  @Max(100)
  limit!: number;
}

class WiderPage extends Page {
  @IsInt()
  offset!: number;
}

const withLimit = (limit: number, offset?: number) =>
  Object.assign(offset === undefined ? new Page() : new WiderPage(), { limit, offset });

describe('rememberValidationMetadata', () => {
  beforeAll(() => rememberValidationMetadata());

  it('validates as class-validator does, for a class and for one that inherits its rules', async () => {
    expect(await validate(withLimit(20))).toHaveLength(0);
    expect((await validate(withLimit(200))).map((e) => e.property)).toEqual(['limit']);
    expect((await validate(withLimit(200))).map((e) => e.property)).toEqual(['limit']);
    expect((await validate(withLimit(200, 1.5))).map((e) => e.property).sort()).toEqual(['limit', 'offset']);
  });

  it('answers the same lookups as before, and forgets them when a rule is added later', async () => {
    const fresh = new MetadataStorage();
    const rule = (target: object, propertyName: string) =>
      new ValidationMetadata({ type: ValidationTypes.IS_DEFINED, target, propertyName, validationOptions: {} });
    class Late {
      name?: string;
    }
    fresh.addValidationMetadata(rule(Late, 'name'));
    rememberValidationMetadata(fresh);
    const first = fresh.getTargetValidationMetadatas(Late, '', false, false);
    expect(first.map((m) => m.propertyName)).toEqual(['name']);
    expect(fresh.getTargetValidationMetadatas(Late, '', false, false)).toBe(first);
    fresh.addValidationMetadata(rule(Late, 'other'));
    expect(fresh.getTargetValidationMetadatas(Late, '', false, false).map((m) => m.propertyName)).toEqual([
      'name',
      'other',
    ]);
    expect(getMetadataStorage()).not.toBe(fresh);
  });
});
