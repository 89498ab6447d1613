import { executorCommand } from './executor-keys';

describe('executorCommand', () => {
  it.each([
    ['p', { kind: 'status', status: 'PASSED' }],
    ['P', { kind: 'status', status: 'PASSED' }],
    ['f', { kind: 'status', status: 'FAILED' }],
    ['b', { kind: 'status', status: 'BLOCKED' }],
    ['s', { kind: 'status', status: 'SKIPPED' }],
    ['n', { kind: 'move', by: 1 }],
    ['j', { kind: 'move', by: 1 }],
    ['k', { kind: 'move', by: -1 }],
    ['d', { kind: 'defect' }],
    ['D', { kind: 'defect' }],
    ['Enter', { kind: 'actualResult' }],
    ['x', null],
    ['Escape', null],
  ])('maps %s', (key, command) => {
    expect(executorCommand({ key })).toEqual(command);
  });

  it.each([
    ['Ctrl+P (print)', { key: 'p', ctrlKey: true }],
    ['Meta+F (find)', { key: 'f', metaKey: true }],
    ['Alt+B', { key: 'b', altKey: true }],
    ['P typed into the actual result', { key: 'p', inTextField: true }],
    ['Enter in a text field', { key: 'Enter', inTextField: true }],
    ['D typed into a step’s actual result', { key: 'd', inTextField: true }],
  ])('leaves %s alone', (_label, event) => {
    expect(executorCommand(event)).toBeNull();
  });
});
