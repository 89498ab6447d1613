import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { uniqueViolation } from './unique-violation';

/** What TypeORM throws when PostgreSQL (or PGlite) refuses an insert for a unique rule. */
function duplicate(constraint: string, detail: string): QueryFailedError {
  const driverError = Object.assign(new Error(`duplicate key value violates unique constraint "${constraint}"`), {
    code: '23505',
    constraint,
    detail,
  });
  return new QueryFailedError('INSERT …', [], driverError);
}

describe('uniqueViolation', () => {
  it('names the value the person entered, from the row being saved', () => {
    const error = duplicate('uq_vendor_name', 'Key (lower(name::text))=(ex libris) already exists.');
    const sut = uniqueViolation(error, { name: 'Ex Libris' });
    expect(sut).toBeInstanceOf(AppError);
    expect(sut?.message).toBe('Another vendor already has the name Ex Libris.');
    expect(sut?.extensions).toEqual({ code: 'CONFLICT', field: 'name' });
  });

  it.each([
    [
      'uq_app_user_email',
      'Key (email)=(ada@example.test) already exists.',
      'A user with the e-mail address ada@example.test already exists.',
      'email',
    ],
    [
      'uq_member_library_code',
      'Key (organisation_id, code)=(6f1c0000-0000-4000-8000-000000000001, NORTH) already exists.',
      'Another member library already uses the code NORTH.',
      'code',
    ],
    [
      'uq_department_code',
      'Key (organisation_id, code)=(6f1c0000-0000-4000-8000-000000000001, ACQ) already exists.',
      'Another department already uses the code ACQ.',
      'code',
    ],
  ])('without the row, takes the value from the database’s detail (%s)', (constraint, detail, message, field) => {
    const sut = uniqueViolation(duplicate(constraint, detail));
    expect(sut?.message).toBe(message);
    expect(sut?.extensions).toEqual({ code: 'CONFLICT', field });
  });

  it('finds the database error inside a GraphQL error', () => {
    const error = { originalError: duplicate('uq_app_user_email', 'Key (email)=(a@b.test) already exists.') };
    expect(uniqueViolation(error)?.message).toBe('A user with the e-mail address a@b.test already exists.');
  });

  it('answers a rule it does not know with a CONFLICT all the same', () => {
    const sut = uniqueViolation(duplicate('uq_something_new', 'Key (x)=(1) already exists.'));
    expect(sut?.extensions).toEqual({ code: 'CONFLICT' });
    expect(sut?.message).toBe('Another record already has that value; choose another.');
  });

  it.each([
    ['another database error', Object.assign(new Error('check'), { driverError: { code: '23514' } })],
    ['a plain error', new Error('boom')],
    ['nothing', undefined],
    ['an AppError', new AppError('CONFLICT', 'Taken.')],
  ])('leaves %s alone', (_label, error) => {
    expect(uniqueViolation(error)).toBeNull();
  });
});
