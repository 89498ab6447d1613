import { ForeignKey, insertionOrder } from './backup-format';

const key = (table: string, references: string): ForeignKey => ({
  name: `fk_${table}_${references}`,
  table,
  references,
  deferrable: false,
  deferred: false,
});

describe('insertionOrder', () => {
  it.each([
    ['no keys: by name', ['b', 'a', 'c'], [], ['a', 'b', 'c']],
    [
      'a referenced table first',
      ['attachment', 'app_user'],
      [key('attachment', 'app_user')],
      ['app_user', 'attachment'],
    ],
    ['a chain, whatever the names', ['a', 'b', 'c'], [key('a', 'b'), key('b', 'c')], ['c', 'b', 'a']],
    [
      'a table referencing itself is placed like any other',
      ['req', 'lib'],
      [key('req', 'req'), key('req', 'lib')],
      ['lib', 'req'],
    ],
    ['a cycle comes last, by name', ['x', 'y', 'z'], [key('x', 'y'), key('y', 'x')], ['z', 'x', 'y']],
    ['keys to tables left out are ignored', ['a'], [key('a', 'user_session')], ['a']],
  ])('%s', (_label, tables, keys, expected) => {
    expect(insertionOrder(tables, keys)).toEqual(expected);
  });
});
