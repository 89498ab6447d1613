import { Pipe, PipeTransform } from '@angular/core';

/** A count with its noun: "1 vendor", "3 vendors", "2 reference checks". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `{{ total() | plural: 'vendor' }}` reads "1 vendor" or "3 vendors"; pass the plural when it is not the noun plus s. */
@Pipe({ name: 'plural' })
export class PluralPipe implements PipeTransform {
  transform(count: number, one: string, many?: string): string {
    return plural(count, one, many);
  }
}
