import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

/** The storages whose lookups are already remembered: installing twice would wrap the wrapper. */
const installed = new WeakSet<Storage>();

/**
 * class-validator looks up a class's rules on every validation by going through the rules of every
 * class it knows (checking each for inheritance), which costs more than validating a small input.
 * The rules are registered as classes are defined, at start, so the answer for one class and one
 * set of options is remembered; registering a rule later forgets every answer.
 */
export function rememberValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (installed.has(storage)) return;
  installed.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  const known = new Map<unknown, Map<string, ReturnType<Lookup>>>();
  storage.addValidationMetadata = (metadata) => {
    known.clear();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = known.get(target);
    if (!byOptions) {
      byOptions = new Map();
      known.set(target, byOptions);
    }
    let found = byOptions.get(key);
    if (!found) {
      found = lookup(target, schema, always, strictGroups, groups);
      byOptions.set(key, found);
    }
    return found;
  };
}
