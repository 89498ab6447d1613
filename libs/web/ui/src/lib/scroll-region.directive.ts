import { DestroyRef, Directive, ElementRef, inject, input, signal } from '@angular/core';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen. While it
 * does, it is a named region in the tab order, so keyboard users can scroll it with the arrow keys
 * (WCAG 2.1.1); when everything fits it is a plain box and adds no tab stop.
 *
 * `<div class="scroll" assayScrollRegion="Ranking table">…</div>`
 */
@Directive({
  selector: '[assayScrollRegion]',
  host: {
    '[attr.tabindex]': 'scrolls() ? 0 : null',
    '[attr.role]': "scrolls() ? 'region' : null",
    '[attr.aria-label]': 'scrolls() ? label() : null',
  },
})
export class ScrollRegionDirective {
  /** What the region holds, read out when it takes the focus. */
  readonly label = input.required<string>({ alias: 'assayScrollRegion' });
  protected readonly scrolls = signal(false);

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const measure = () => this.scrolls.set(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The content changes size on its own (rows added, a drill-down opened).
    const children = new MutationObserver(() => {
      for (const child of Array.from(element.children)) observer.observe(child);
      measure();
    });
    children.observe(element, { childList: true });
    for (const child of Array.from(element.children)) observer.observe(child);
    inject(DestroyRef).onDestroy(() => {
      observer.disconnect();
      children.disconnect();
    });
  }
}
